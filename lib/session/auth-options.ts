import 'server-only';

import { createHmac } from 'node:crypto';

import type { NextAuthOptions } from 'next-auth';
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
    session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
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
