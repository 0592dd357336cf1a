import 'server-only';

import { createHash } from 'node:crypto';

import {
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
  type ProtectedHeaderParameters,
} from 'jose';

import { inspectJson } from '../api/nul';
import { issuer } from '../auth/issuer';
import { DEFAULT_TOKEN_TTL_SECONDS, mintToken } from '../auth/mint-token';
import { enterpriseClaims, systemUserClaims } from '../auth/token-claims';
import { config } from '../config';
import { db } from '../db';
import { LIMITS } from '../limits';
import type { TokenResponse } from '../schemas/maskinporten';
import { smartcloudKey, superregnskapKey } from '../seed/vendor-keys';
import { findByExternalId } from '../system-users/find-by-external-id';
import { mpError } from './errors';

// The JWT-bearer grant of Maskinporten (docs/altinn-behaviour.md, "Maskinporten and the test tokens"): the client signs a short
// grant with its registered key, and gets an access token for the scopes it is allowed, optionally for one
// of its customers' system users.

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const GRANT_ALGS = ['RS256', 'RS384', 'RS512'] as const;
export const SYSTEM_USER_TYPE = 'urn:altinn:systemuser';
/** Maskinporten accepts a grant only if it was issued within this many seconds of its own clock. */
export const GRANT_CLOCK_SKEW_SECONDS = 10;
export const GRANT_MAX_LIFETIME_SECONDS = 120;

const KNOWN_CLAIMS = new Set([
  'aud',
  'iss',
  'sub',
  'iat',
  'exp',
  'jti',
  'scope',
  'resource',
  'pid',
  'consumer_org',
  'iss_onbehalfof',
  'authorization_details',
]);
const SYSTEM_USER_KEYS = new Set(['type', 'systemuser_org', 'externalRef']);

export interface IssueTokenOptions {
  grantType: string;
  assertion: string;
}

/** The decoded part, refused when a string in it holds U+0000 (the client id and kid are looked up). */
function withoutNul<T>(decoded: T, part: string): T {
  const found = inspectJson(decoded);
  if (found?.problem === 'nul') throw mpError('invalid_grant', `Invalid assertion. The ${part} ${found.path} holds the character U+0000.`);
  if (found) throw mpError('invalid_grant', `Invalid assertion. The ${part} ${found.path} is nested too deep.`);
  return decoded;
}

/** One part of the assertion, decoded (unverified) and free of U+0000; not a JWT → invalid_grant. */
function readPart<T>(assertion: string, decode: (jwt: string) => T, part: string): T {
  let decoded: T;
  try {
    decoded = decode(assertion);
  } catch {
    throw mpError('invalid_grant', 'Invalid assertion. The assertion is not a signed JWT.');
  }
  return withoutNul(decoded, part);
}

const readHeader = (assertion: string): ProtectedHeaderParameters => readPart(assertion, decodeProtectedHeader, 'header');
const readClaims = (assertion: string): JWTPayload => readPart(assertion, decodeJwt, 'claim');

/** The public moduli of the seeded vendors' keys, whose private parts are published (lib/seed/vendor-keys.ts). */
const PUBLISHED_MODULI = new Set([smartcloudKey, superregnskapKey].map((k) => k.privateJwk.n));

async function verifySignature(assertion: string, header: ProtectedHeaderParameters, clientId: string): Promise<void> {
  const prisma = await db();
  const kid = header.kid as string;
  const key = await prisma.maskinportenClientKey.findUnique({ where: { clientId_kid: { clientId, kid } } });
  if (!key) throw mpError('invalid_grant', `MP-124 No key with kid '${kid}' is registered for client '${clientId}'.`);
  const jwk = key.publicJwk as JWK;
  if (config().TESTTOOLS_PASSWORD && PUBLISHED_MODULI.has(jwk.n ?? '')) {
    // The seeded keys' private halves are in the repository: on a password-protected sandbox they sign nothing.
    throw mpError(
      'invalid_client',
      `MP-124 The key '${kid}' is published test data and is disabled while TESTTOOLS_PASSWORD is set. Register your own client and key.`,
    );
  }
  if (jwk.alg && jwk.alg !== header.alg) {
    throw mpError('invalid_grant', `MP-120 The key '${kid}' is registered for ${jwk.alg}, the grant is signed with ${header.alg}.`);
  }
  try {
    await compactVerify(assertion, await importJWK({ ...jwk, alg: header.alg }, header.alg));
  } catch {
    throw mpError('invalid_grant', 'MP-120 Invalid assertion signature.');
  }
}

function checkTimes(claims: JWTPayload, nowSeconds: number): void {
  const { iat, exp } = claims;
  if (typeof iat !== 'number' || typeof exp !== 'number') {
    throw mpError('invalid_grant', 'Invalid assertion. The claims iat and exp are required and must be numbers.');
  }
  if (iat > nowSeconds + GRANT_CLOCK_SKEW_SECONDS) {
    throw mpError('invalid_grant', `Invalid assertion. Issue time is after now (iat ${iat}, now ${nowSeconds}).`);
  }
  if (iat < nowSeconds - GRANT_CLOCK_SKEW_SECONDS) {
    throw mpError(
      'invalid_grant',
      `MP-130 Invalid assertion. The grant was issued more than ${GRANT_CLOCK_SKEW_SECONDS} s ago (iat ${iat}, now ${nowSeconds}).`,
    );
  }
  if (exp <= iat || exp - iat > GRANT_MAX_LIFETIME_SECONDS) {
    throw mpError('invalid_grant', `Invalid assertion. exp must be after iat and at most ${GRANT_MAX_LIFETIME_SECONDS} s after it.`);
  }
  if (exp <= nowSeconds) throw mpError('invalid_grant', 'MP-130 Invalid assertion. The grant has expired.');
}

function requestedScopes(claims: JWTPayload, allowed: string[]): string[] {
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
  if (scopes.length === 0) throw mpError('invalid_scope', 'MP-200 The grant must request at least one scope (space-separated string).');
  const refused = scopes.filter((scope) => !allowed.includes(scope));
  if (refused.length > 0) {
    throw mpError('invalid_scope', `MP-201 The client is not allowed the scope(s): ${refused.join(' ')}.`);
  }
  return [...new Set(scopes)];
}

interface SystemUserRequest {
  ownerOrgNo: string;
  externalRef?: string;
}

/** Reads the grant's `authorization_details`: one `urn:altinn:systemuser` object naming the owner org. */
function systemUserRequest(details: unknown): SystemUserRequest | undefined {
  if (details === undefined) return undefined;
  if (!Array.isArray(details) || details.length !== 1 || typeof details[0] !== 'object' || details[0] === null) {
    throw mpError('invalid_authorization_details', 'MP-302 authorization_details must be an array with exactly one object.');
  }
  const detail = details[0] as Record<string, unknown>;
  if (detail.type !== SYSTEM_USER_TYPE) {
    throw mpError('invalid_authorization_details', `MP-301 Unsupported authorization_details type: ${JSON.stringify(detail.type)}.`);
  }
  const unknown = Object.keys(detail).filter((key) => !SYSTEM_USER_KEYS.has(key));
  if (unknown.length > 0) {
    throw mpError('invalid_authorization_details', `MP-302 Unknown field(s) in authorization_details: ${unknown.join(', ')}.`);
  }
  const org = detail.systemuser_org as { authority?: unknown; ID?: unknown } | undefined;
  if (typeof org !== 'object' || org === null || typeof org.ID !== 'string' || typeof org.authority !== 'string') {
    throw mpError(
      'invalid_authorization_details',
      'MP-302 systemuser_org must be {"authority": "iso6523-actorid-upis", "ID": "0192:<orgno>"}.',
    );
  }
  const match = /^0192:(\d{9})$/.exec(org.ID);
  if (org.authority !== 'iso6523-actorid-upis' || !match) {
    throw mpError(
      'invalid_altinn_customer_configuration',
      `MP-303 systemuser_org is not an ISO 6523 organisation (0192:<orgno>): ${org.ID}.`,
    );
  }
  if (detail.externalRef !== undefined && typeof detail.externalRef !== 'string') {
    throw mpError('invalid_authorization_details', 'MP-302 externalRef must be a string.');
  }
  return { ownerOrgNo: match[1], externalRef: detail.externalRef as string | undefined };
}

function checkOtherClaims(claims: JWTPayload): void {
  const unknown = Object.keys(claims).filter((key) => !KNOWN_CLAIMS.has(key));
  if (unknown.length > 0) throw mpError('invalid_grant', `Invalid assertion. Unknown claim(s): ${unknown.join(', ')}.`);
  if (claims.sub !== undefined && claims.sub !== claims.iss) {
    throw mpError('invalid_grant', 'Invalid assertion. sub, when present, must equal iss (the client id).');
  }
  if (claims.aud !== issuer()) {
    throw mpError('invalid_grant', `MP-110 Invalid audience. aud must be the issuer ${issuer()} as one string.`);
  }
  if (claims.consumer_org !== undefined || claims.iss_onbehalfof !== undefined) {
    throw mpError('invalid_request', 'consumer_org and iss_onbehalfof (API delegation) are not supported by the sandbox.');
  }
  if (claims.jti !== undefined && (typeof claims.jti !== 'string' || claims.jti.length === 0 || claims.jti.length > LIMITS.id)) {
    // The jti is stored (a reused one is refused): it has the limit of every id, far above a UUID.
    throw mpError('invalid_grant', `Invalid assertion. jti must be a non-empty string of at most ${LIMITS.id} characters.`);
  }
  const { resource, pid } = claims;
  if (
    resource !== undefined &&
    typeof resource !== 'string' &&
    !(Array.isArray(resource) && resource.every((r) => typeof r === 'string'))
  ) {
    throw mpError('invalid_grant', 'Invalid assertion. resource must be a string or an array of strings.');
  }
  if (pid !== undefined && (typeof pid !== 'string' || !/^\d{11}$/.test(pid))) {
    throw mpError('invalid_grant', 'Invalid assertion. pid must be an 11-digit national identity number.');
  }
}

// Expired rows are dropped at most once a minute per process; a kept row only costs a little space.
let lastSweep = 0;

/** Stores the grant's id; a second use of the same id is refused by the primary key, atomically. */
async function useGrantId(grantId: string, clientId: string, exp: number, nowMs: number): Promise<void> {
  const prisma = await db();
  if (nowMs - lastSweep > 60_000) {
    lastSweep = nowMs;
    await prisma.usedJti.deleteMany({ where: { expiresAt: { lt: new Date(nowMs) } } });
  }
  try {
    await prisma.usedJti.create({
      data: { jti: grantId, clientId, expiresAt: new Date((exp + GRANT_CLOCK_SKEW_SECONDS) * 1000) },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') throw mpError('invalid_grant', 'MP-012 Grant is used before (jti reused).');
    throw error;
  }
}

/** The claims of a Maskinporten token, and for a system-user grant those of the system user, resolved as Maskinporten resolves them. */
async function accessTokenClaims(options: {
  clientId: string;
  orgNo: string;
  scopes: string[];
  wanted?: SystemUserRequest;
}): Promise<JWTPayload> {
  const { clientId, orgNo, scopes, wanted } = options;
  if (!wanted) return enterpriseClaims({ orgNo, scopes, clientId });
  const systemUser = await findByExternalId({
    clientId,
    systemProviderOrgNo: orgNo,
    systemUserOwnerOrgNo: wanted.ownerOrgNo,
    externalRef: wanted.externalRef,
  });
  if (!systemUser) {
    throw mpError(
      'invalid_altinn_customer_configuration',
      `MP-303 No system user for client ${clientId} of vendor ${orgNo} is owned by ${wanted.ownerOrgNo} with externalRef ${wanted.externalRef ?? wanted.ownerOrgNo}.`,
    );
  }
  return systemUserClaims({
    vendorOrgNo: orgNo,
    ownerOrgNo: wanted.ownerOrgNo,
    systemId: systemUser.systemId,
    systemUserIds: [systemUser.id],
    scopes,
    clientId,
  });
}

export async function issueToken(options: IssueTokenOptions): Promise<TokenResponse> {
  if (options.grantType !== JWT_BEARER) {
    throw mpError('unsupported_grant_type', `grant_type must be ${JWT_BEARER}.`);
  }
  if (!options.assertion) throw mpError('invalid_request', 'The form field assertion is missing.');
  const header = readHeader(options.assertion);
  if (!GRANT_ALGS.includes(header.alg as (typeof GRANT_ALGS)[number])) {
    throw mpError('invalid_grant', `MP-120 Unsupported alg ${JSON.stringify(header.alg)}; use RS256, RS384 or RS512.`);
  }
  if (typeof header.kid !== 'string' || header.kid.length === 0) {
    throw mpError(
      'invalid_grant',
      'Invalid assertion. The header must name the registered key by kid (business certificates, x5c, are not supported by the sandbox).',
    );
  }
  const claims = readClaims(options.assertion);
  if (typeof claims.iss !== 'string' || !claims.iss) throw mpError('invalid_grant', 'Invalid assertion. iss (the client id) is required.');

  const prisma = await db();
  const client = await prisma.maskinportenClient.findFirst({ where: { clientId: claims.iss, isDeleted: false } });
  if (!client) throw mpError('invalid_client', `MP-100 Client not found: ${claims.iss}.`);
  await verifySignature(options.assertion, header, client.clientId);

  const nowMs = Date.now();
  checkOtherClaims(claims);
  checkTimes(claims, Math.floor(nowMs / 1000));
  const scopes = requestedScopes(claims, client.scopes);
  const wanted = systemUserRequest(claims.authorization_details);

  const tokenClaims = await accessTokenClaims({ clientId: client.clientId, orgNo: client.orgNo, scopes, wanted });
  if (claims.resource !== undefined) tokenClaims.aud = claims.resource as string | string[];
  if (claims.pid !== undefined) tokenClaims.pid = claims.pid;

  // Without a jti the grant itself is its id, so the very same grant still cannot be used twice.
  const grantId = claims.jti ?? `sha256:${createHash('sha256').update(options.assertion).digest('base64url')}`;
  await useGrantId(grantId, client.clientId, claims.exp as number, nowMs);

  const minted = await mintToken({ claims: tokenClaims, ttlSeconds: DEFAULT_TOKEN_TTL_SECONDS });
  return { access_token: minted.token, token_type: 'Bearer', expires_in: minted.expiresIn, scope: scopes.join(' ') };
}
