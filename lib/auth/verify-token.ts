import 'server-only';

import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';

import { config } from '../config';
import { issuer } from './issuer';
import { forgetPublishedKeys as forgetKeySet, publishedKeys } from './signing-keys';

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

/** A token that fails the check; the message says why, for the 401's WWW-Authenticate header. */
export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** Why jose refused a token, in words a developer recognises (expired, signature, issuer, …). */
function describeTokenError(error: InstanceType<typeof errors.JOSEError>): string {
  if (error instanceof errors.JWTExpired) return 'The token expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'The issuer is not trusted';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'The token is not valid yet';
    if (error.claim === 'exp') return 'The token has no expiry';
    return `The token's claim ${error.claim} is invalid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The signature is invalid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The signature key is not found';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return "The issuer's keys could not be read";
  return 'The token is malformed';
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

// The key set is cached by signing-keys (a few seconds, or read again when a token names a kid it lacks);
// the checker built from it is kept as long as the set itself is the same.
let localCheck: { source: JSONWebKeySet; keys: ReturnType<typeof createLocalJWKSet> } | undefined;

async function localKeys(fresh: boolean) {
  const source = await publishedKeys({ fresh });
  if (localCheck?.source !== source) localCheck = { source, keys: createLocalJWKSet(source) };
  return localCheck.keys;
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
    throw new InvalidTokenError('The token is malformed');
  }
}

// A vendor sends the same token with every call until it expires. Like a resource server, the sandbox
// remembers the tokens it has verified (the RSA check was 4 % of a create's CPU time); an entry lasts as
// long as the token itself would pass, and every key that signed one stays published at least that long.
const VERIFIED_MAX_ENTRIES = 10_000;
const verified = new Map<string, { caller: Caller; until: number }>();

function remembered(key: string): Caller | undefined {
  const entry = verified.get(key);
  if (!entry) return undefined;
  if (Date.now() < entry.until) return entry.caller;
  verified.delete(key);
  return undefined;
}

function remember(key: string, caller: Caller): Caller {
  if (typeof caller.claims.exp !== 'number') return caller;
  if (verified.size >= VERIFIED_MAX_ENTRIES) verified.delete(verified.keys().next().value!);
  // Shared by every request that brings the token from now on: nobody may change it.
  Object.freeze(caller.scopes);
  verified.set(key, { caller: Object.freeze(caller), until: (caller.claims.exp + CLOCK_SKEW_SECONDS) * 1000 });
  return caller;
}

export async function verifyAccessToken(token: string): Promise<Caller> {
  const cacheKey = `${issuer()} ${token}`;
  const known = remembered(cacheKey);
  if (known) return known;
  const trusted = config().TRUSTED_ISSUERS.length > 0 ? trustedIssuerKeys(issuerOf(token)) : undefined;
  const options = { issuer: trusted?.issuer ?? issuer(), clockTolerance: CLOCK_SKEW_SECONDS, requiredClaims: ['exp'] };
  const verify = async (fresh: boolean) =>
    trusted ? jwtVerify(token, trusted.keys, options) : jwtVerify(token, await localKeys(fresh), options);
  try {
    const { payload } = await verify(false).catch((error: unknown) => {
      if (error instanceof errors.JWKSNoMatchingKey) return verify(true);
      throw error;
    });
    return remember(cacheKey, readCaller(payload));
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(describeTokenError(error));
    throw error;
  }
}

/** Drops the cached keys (tests that swap databases, or a rotation in this process). */
export function forgetPublishedKeys(): void {
  localCheck = undefined;
  verified.clear();
  forgetKeySet();
}
