import 'server-only';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { config } from '../config';
import { issuer } from './issuer';
import { publishedKeys } from './signing-keys';

// Checks a bearer token the way Altinn's resource servers do: signature against the issuer's keys, lifetime
// with 10 s of clock skew, and the issuer itself. The issuer is the sandbox's own, or one the operator
// trusts by configuration (TRUSTED_ISSUERS), whose keys are fetched from its JWKS URL and cached.

export const CLOCK_SKEW_SECONDS = 10;

export interface SystemUserDetail {
  type: string;
  systemuser_id: string[];
  systemuser_org: { authority: string; ID: string };
  system_id: string;
}

/** Who is calling, read from a verified token. */
export interface Caller {
  claims: JWTPayload;
  scopes: string[];
  /** The organisation of a Maskinporten-shaped token (`consumer` 0192:NNN), when it has one. */
  orgNo?: string;
  clientId?: string;
  /** A personal token's person. */
  person?: { pid: string; userId: number; partyId: number };
  /** A system-user token's system user. */
  systemUser?: SystemUserDetail;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** Altinn's reading of `consumer`: `{authority, ID: "0192:NNN"}` → NNN, only for the ISO 6523 authority. */
export function orgNoFromConsumer(consumer: unknown): string | undefined {
  if (typeof consumer !== 'object' || consumer === null) return undefined;
  const { authority, ID } = consumer as { authority?: unknown; ID?: unknown };
  if (authority !== 'iso6523-actorid-upis' || typeof ID !== 'string') return undefined;
  const match = /^0192:(\d{9})$/.exec(ID);
  return match?.[1];
}

function readCaller(claims: JWTPayload): Caller {
  const scopeClaim = claims.scope ?? claims['urn:altinn:scope'];
  const scopes = typeof scopeClaim === 'string' ? scopeClaim.split(' ').filter(Boolean) : [];
  const caller: Caller = { claims, scopes };
  const orgNo = orgNoFromConsumer(claims.consumer);
  if (orgNo) caller.orgNo = orgNo;
  if (typeof claims.client_id === 'string') caller.clientId = claims.client_id;
  const userId = Number(claims['urn:altinn:userid']);
  const partyId = Number(claims['urn:altinn:partyid']);
  if (typeof claims.pid === 'string' && Number.isInteger(userId) && Number.isInteger(partyId)) {
    caller.person = { pid: claims.pid, userId, partyId };
  }
  const details = claims.authorization_details;
  if (Array.isArray(details)) {
    const systemUser = details.find((d) => (d as { type?: unknown })?.type === 'urn:altinn:systemuser');
    if (systemUser) caller.systemUser = systemUser as SystemUserDetail;
  }
  return caller;
}

// The published keys change only at rotation: read them at most every few seconds, and again at once when
// a token names a kid the cached set lacks (a key made by another instance on the same database).
const KEYS_MAX_AGE_MS = 5_000;
let cachedKeys: { at: number; keys: ReturnType<typeof createLocalJWKSet> } | undefined;

async function localKeys(fresh: boolean) {
  if (fresh || !cachedKeys || Date.now() - cachedKeys.at > KEYS_MAX_AGE_MS) {
    cachedKeys = { at: Date.now(), keys: createLocalJWKSet(await publishedKeys()) };
  }
  return cachedKeys.keys;
}

const remoteKeys = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function trustedIssuerKeys(iss: unknown) {
  const entry = config().TRUSTED_ISSUERS.find(([trusted]) => trusted === iss);
  if (!entry) return undefined;
  const [, jwksUri] = entry;
  let keys = remoteKeys.get(jwksUri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUri));
    remoteKeys.set(jwksUri, keys);
  }
  return { issuer: entry[0], keys };
}

function issuerOf(token: string): unknown {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw new InvalidTokenError('malformed token');
  }
}

export async function verifyAccessToken(token: string): Promise<Caller> {
  const trusted = config().TRUSTED_ISSUERS.length > 0 ? trustedIssuerKeys(issuerOf(token)) : undefined;
  const options = { issuer: trusted?.issuer ?? issuer(), clockTolerance: CLOCK_SKEW_SECONDS, requiredClaims: ['exp'] };
  const verify = async (fresh: boolean) =>
    trusted ? jwtVerify(token, trusted.keys, options) : jwtVerify(token, await localKeys(fresh), options);
  try {
    const { payload } = await verify(false).catch((error: unknown) => {
      if (error instanceof errors.JWKSNoMatchingKey) return verify(true);
      throw error;
    });
    return readCaller(payload);
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
    throw error;
  }
}

/** Drops the cached keys (tests that swap databases, or a rotation in this process). */
export function forgetPublishedKeys(): void {
  cachedKeys = undefined;
}
