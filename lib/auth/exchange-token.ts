import 'server-only';

import type { JWTPayload } from 'jose';

import { db } from '../db';
import { forbidden, invalid, unauthenticated } from '../errors';
import { mintToken } from './mint-token';
import { InvalidTokenError, orgNoFromConsumer, verifyAccessToken } from './verify-token';

// GET authentication/api/v1/exchange/{tokenProvider}[?test=true] (Altinn's AuthenticationController): a token
// of a trusted provider becomes an Altinn token. Read from Altinn's source:
// - maskinporten: the token's claims are kept except aud, iss, client_amr and jti, and Altinn adds
//   urn:altinn:orgNumber, urn:altinn:authenticatemethod "maskinporten", urn:altinn:authlevel 3, and with an
//   altinn:serviceowner scope urn:altinn:org (Digdir's "digdir", "ttd" with test=true). Lifetime 30 minutes.
// - id-porten: a person's token with an altinn: scope (else 403), pid and acr (else 401); Altinn adds the
//   user's nameidentifier, urn:altinn:userid, urn:altinn:username, urn:altinn:partyid,
//   urn:altinn:authenticatemethod (amr) and urn:altinn:authlevel (from acr), keeps the rest except aud, iss,
//   at_hash, jti and sub, and keeps the original expiry.
// Here the trusted providers are the sandbox's own Maskinporten and test tokens, and TRUSTED_ISSUERS; the new
// token is signed by the sandbox like every other, so every API route accepts it.

const EXCHANGED_TTL_SECONDS = 30 * 60;
const NAME_IDENTIFIER = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier';
/** Service owners among the sandbox's organisations (Altinn's org codes). */
const SERVICE_OWNERS: Record<string, string> = { '991825827': 'digdir' };

function without(claims: JWTPayload, names: string[]): JWTPayload {
  const out: JWTPayload = { ...claims };
  for (const name of [...names, 'exp', 'iat', 'nbf', 'token_type']) delete out[name];
  return out;
}

function authLevel(acr: string): number {
  if (acr === 'idporten-loa-low') return 0;
  if (acr === 'idporten-loa-substantial') return 3;
  if (acr === 'idporten-loa-high') return 4;
  const last = Number(acr.slice(-1));
  return Number.isInteger(last) ? last : 0;
}

/** The exchanged token, as text; 401 without a valid token, 403 without an altinn: scope (ID-porten). */
export async function exchangeToken(options: { provider: string; token: string | undefined; test: boolean }): Promise<string> {
  const provider = options.provider.toLowerCase();
  if (!['maskinporten', 'id-porten', 'altinnstudio'].includes(provider)) {
    throw invalid({
      sentence: `Invalid token provider: ${options.provider.slice(0, 100)}. Trusted token providers are 'Maskinporten', 'Id-porten' and 'AltinnStudio'.`,
    });
  }
  if (!options.token) throw unauthenticated();
  let claims: JWTPayload;
  try {
    claims = (await verifyAccessToken(options.token)).claims;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated();
    throw error;
  }
  // The sandbox has no Altinn Studio issuer.
  if (provider === 'altinnstudio') throw unauthenticated();
  const scope = typeof claims.scope === 'string' ? claims.scope : '';

  if (provider === 'maskinporten') {
    const orgNo = orgNoFromConsumer(claims.consumer);
    if (!orgNo) throw unauthenticated();
    const added: JWTPayload = {
      'urn:altinn:orgNumber': orgNo,
      'urn:altinn:authenticatemethod': 'maskinporten',
      'urn:altinn:authlevel': 3,
    };
    if (scope.includes('altinn:serviceowner') && SERVICE_OWNERS[orgNo]) {
      added['urn:altinn:org'] = options.test && SERVICE_OWNERS[orgNo] === 'digdir' ? 'ttd' : SERVICE_OWNERS[orgNo];
    }
    const kept = without(claims, ['aud', 'iss', 'client_amr', 'jti']);
    return (await mintToken({ claims: { ...kept, ...added }, ttlSeconds: EXCHANGED_TTL_SECONDS })).token;
  }

  // id-porten: the sandbox's personal tokens (and trusted ID-porten-shaped ones).
  if (!scope.split(' ').some((s) => s.startsWith('altinn:'))) throw forbidden();
  const pid = typeof claims.pid === 'string' ? claims.pid : '';
  const acr = typeof claims.acr === 'string' ? claims.acr : '';
  if (!pid.trim() || !acr.trim()) throw unauthenticated();
  const prisma = await db();
  const person = await prisma.person.findUnique({ where: { pid } });
  if (!person) throw unauthenticated();
  const amr = Array.isArray(claims.amr) ? String(claims.amr[0] ?? '') : typeof claims.amr === 'string' ? claims.amr : '';
  const added: JWTPayload = {
    [NAME_IDENTIFIER]: String(person.userId),
    'urn:altinn:userid': String(person.userId),
    'urn:altinn:username': '',
    'urn:altinn:partyid': String(person.partyId),
    'urn:altinn:authenticatemethod': amr || 'NotDefined',
    'urn:altinn:authlevel': authLevel(acr),
  };
  const kept = without(claims, ['aud', 'iss', 'at_hash', 'jti', 'sub']);
  const ttl = typeof claims.exp === 'number' ? Math.max(1, claims.exp - Math.floor(Date.now() / 1000)) : EXCHANGED_TTL_SECONDS;
  return (await mintToken({ claims: { ...kept, ...added }, ttlSeconds: ttl })).token;
}
