import 'server-only';

import { randomUUID } from 'node:crypto';

import { type CryptoKey, exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';

import { db } from '../db';
import { MAX_TOKEN_TTL_SECONDS } from './token-limits';

// The sandbox's own token-signing keys, kept in the database so tokens survive a restart and every
// instance on a shared PostgreSQL signs with the same key. A retired key stays in the JWKS until the last
// token it could have signed has expired.

export const SIGNING_ALG = 'RS256';
export { MAX_TOKEN_TTL_SECONDS };
/** One lock id for "create the first key", so two processes on one database cannot both create one. */
const KEY_LOCK = 72707370;

export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
}

const cache = Symbol.for('systembruker-sandbox.signing-key');
const published = Symbol.for('systembruker-sandbox.published-keys');
/** How long one read of the published keys serves the JWKS route and token checks. */
const PUBLISHED_MAX_AGE_MS = 5_000;
type WithCache = typeof globalThis & {
  [cache]?: Promise<SigningKey>;
  [published]?: { at: number; keys: Promise<JSONWebKeySet> };
};

async function newKeyRecord() {
  const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const kid = `sandbox-${randomUUID()}`;
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' };
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG };
  return { kid, alg: SIGNING_ALG, publicJwk, privateJwk };
}

async function loadOrCreate(): Promise<SigningKey> {
  const prisma = await db();
  const record = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${KEY_LOCK})`;
    const active = await tx.signingKey.findFirst({ where: { retiredAt: null }, orderBy: { created: 'desc' } });
    if (active) return active;
    return tx.signingKey.create({ data: await newKeyRecord() });
  });
  return { kid: record.kid, alg: record.alg, privateKey: (await importJWK(record.privateJwk as JWK, record.alg)) as CryptoKey };
}

/** The key new tokens are signed with: created on first use, then read once per process. */
export function signingKey(): Promise<SigningKey> {
  const g = globalThis as WithCache;
  if (!g[cache]) {
    g[cache] = loadOrCreate();
    g[cache].catch(() => delete g[cache]);
  }
  return g[cache];
}

/** Forgets the cached key and key set (after a rotation, or when tests swap the database). */
export function forgetSigningKey(): void {
  const g = globalThis as WithCache;
  delete g[cache];
  delete g[published];
}

/** Forgets only the cached key set, so the next reader sees the database's keys. */
export function forgetPublishedKeys(): void {
  delete (globalThis as WithCache)[published];
}

/** Retires the active key and makes a new one; the old public key stays published until its tokens expire. */
export async function rotateSigningKey(): Promise<string> {
  const prisma = await db();
  const created = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${KEY_LOCK})`;
    await tx.signingKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
    return tx.signingKey.create({ data: await newKeyRecord() });
  });
  forgetSigningKey();
  return created.kid;
}

async function readPublishedKeys(): Promise<JSONWebKeySet> {
  await signingKey();
  const prisma = await db();
  const since = new Date(Date.now() - MAX_TOKEN_TTL_SECONDS * 1000);
  const keys = await prisma.signingKey.findMany({
    where: { OR: [{ retiredAt: null }, { retiredAt: { gt: since } }] },
    orderBy: { created: 'desc' },
  });
  return { keys: keys.map((key) => key.publicJwk as JWK) };
}

/**
 * The public keys tokens may be checked against: the active one and those retired too recently to drop.
 * The set changes only at a rotation, so one read serves every caller for a few seconds; `fresh` reads
 * again at once (a token names a key another instance on the same database has just made).
 */
export function publishedKeys({ fresh = false } = {}): Promise<JSONWebKeySet> {
  const g = globalThis as WithCache;
  const cached = g[published];
  if (!fresh && cached && Date.now() - cached.at <= PUBLISHED_MAX_AGE_MS) return cached.keys;
  const keys = readPublishedKeys();
  g[published] = { at: Date.now(), keys };
  keys.catch(() => {
    if (g[published]?.keys === keys) delete g[published];
  });
  return keys;
}
