import 'server-only';

import { createHmac, hkdfSync, randomUUID } from 'node:crypto';

import { EncryptJWT, jwtDecrypt } from 'jose';
import type { NextAuthOptions } from 'next-auth';
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';

import { signingKey } from '../auth/signing-keys';
import { config } from '../config';
import { db } from '../db';
import { isSyntheticPid } from '../identifiers';
import { safeReturnPath } from './return-url';

// next-auth with a "test ID" provider standing in for ID-porten: any synthetic person in the data logs in by
// number. Sessions are JWTs; their secret is NEXTAUTH_SECRET or, when unset, derived from the sandbox's first
// signing key, which is in the database: the same for every instance and every restart, set by nobody.

export const LOGIN_PATH = '/accessmanagement/ui/login';

/** Messages the login page turns into text (next-auth passes a thrown error's message as `error`). */
export const LOGIN_ERRORS = { malformed: 'MalformedPid', unknown: 'UnknownPid' } as const;

let secret: Promise<string> | undefined;

async function sessionSecret(): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  secret ??= (async () => {
    await signingKey();
    const first = await (await db()).signingKey.findFirstOrThrow({ orderBy: { created: 'asc' } });
    const d = (first.privateJwk as { d?: string }).d ?? first.kid;
    return createHmac('sha256', d).update('next-auth session secret').digest('base64url');
  })();
  secret.catch(() => (secret = undefined));
  return secret;
}

// next-auth's session JWT (an A256GCM JWE under a key derived from the secret by HKDF), with the derived key
// kept: next-auth derives it again for every request, which was 4 % of an approval page's CPU. The format is
// next-auth's own, so cookies made by either stay valid.
const MAX_AGE_S = 8 * 60 * 60;
const derivedKeys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = `${salt}\u0000${secret.toString()}`;
  let key = derivedKeys.get(id);
  if (!key) {
    const info = `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ''}`;
    key = new Uint8Array(hkdfSync('sha256', secret, salt, info, 32));
    if (derivedKeys.size > 8) derivedKeys.clear();
    derivedKeys.set(id, key);
  }
  return key;
}

async function encodeSession({ token, secret, maxAge = MAX_AGE_S, salt = '' }: JWTEncodeParams): Promise<string> {
  return new EncryptJWT(token ?? {})
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(randomUUID())
    .encrypt(encryptionKey(secret, salt));
}

async function decodeSession({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}

/** Session cookies are Secure (and so only kept by browsers over https, or on localhost) when PUBLIC_URL is https. */
export function secureCookies(): boolean {
  return config().PUBLIC_URL.startsWith('https://');
}

/**
 * Whether a browser on this host and protocol can keep the session cookie. Only when PUBLIC_URL is https
 * and the page came over plain http to a host that is not the machine itself does the login not complete.
 */
export function loginCanComplete(host: string | null, protocol: string | null): boolean {
  if (!secureCookies() || protocol !== 'http') return true;
  const hostname = (host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '::1';
}

export async function authOptions(): Promise<NextAuthOptions> {
  // The browser may reach the sandbox by any name (localhost, 127.0.0.1, a CI service name, a proxy's host):
  // next-auth builds its callback and redirect URLs from the host the request came to (Next sets
  // x-forwarded-host/-proto, a reverse proxy may override them), so the session cookie and the redirects stay
  // on that host. Only an explicit NEXTAUTH_URL pins one address. confirmUrl and token issuers use PUBLIC_URL.
  process.env.AUTH_TRUST_HOST ??= 'true';
  return {
    secret: await sessionSecret(),
    // Cookie names and the Secure flag follow PUBLIC_URL, not the host of each request, so every host agrees.
    useSecureCookies: secureCookies(),
    session: { strategy: 'jwt', maxAge: MAX_AGE_S },
    jwt: { encode: encodeSession, decode: decodeSession },
    pages: { signIn: LOGIN_PATH, error: LOGIN_PATH },
    providers: [
      CredentialsProvider({
        id: 'testid',
        name: 'TestID',
        credentials: { pid: { label: 'Fødselsnummer', type: 'text' } },
        async authorize(credentials) {
          const pid = credentials?.pid?.replace(/\s+/g, '') ?? '';
          if (!isSyntheticPid(pid)) throw new Error(LOGIN_ERRORS.malformed);
          const person = await (await db()).person.findUnique({ where: { pid } });
          if (!person) throw new Error(LOGIN_ERRORS.unknown);
          return { id: person.id, name: person.name, pid: person.pid, userId: person.userId, partyId: person.partyId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.pid = user.pid;
          token.userId = user.userId;
          token.partyId = user.partyId;
          token.name = user.name;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { name: token.name ?? '', pid: token.pid, userId: token.userId, partyId: token.partyId };
        return session;
      },
      redirect({ url, baseUrl }) {
        // Back to where the person came from, but only on the sandbox's own origin (also after logout).
        return `${baseUrl}${safeReturnPath(url, baseUrl)}`;
      },
    },
  };
}
