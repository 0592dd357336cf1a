import 'server-only';

import { type NextResponse } from 'next/server';

// Altinn's logout-then-redirect after a request is handled: the portal sends the browser to
// `/accessmanagement/api/v1/systemuser/{request|agentrequest|changerequest}/{id}/logout`, which remembers the
// request in the AltinnLogoutInfo cookie and goes to AUTHN's `/authentication/api/v1/logout`; that ends the
// session and goes to `/authentication/api/v1/logout/handleloggedout`, which sends the browser to the request's
// stored redirectUrl verbatim, or, without one, to the page a person lands on logged out.

export const LOGOUT_INFO_COOKIE = 'AltinnLogoutInfo';

export const LOGOUT_KEYS = {
  request: 'SystemuserRequestId',
  agentrequest: 'SystemuserAgentRequestId',
  changerequest: 'SystemuserChangeRequestId',
} as const;

export type LogoutKind = keyof typeof LOGOUT_KEYS;

export const isLogoutKind = (kind: string): kind is LogoutKind => Object.hasOwn(LOGOUT_KEYS, kind);

/**
 * Where a person lands when the flow has no redirectUrl. Altinn ends on its logged-out start page; the sandbox
 * ends, logged out, on its receipt page, which says how the request ended.
 */
export const loggedOutPath = (id?: string) => `/accessmanagement/ui/systemuser/receipt${id ? `?id=${id}` : ''}`;

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

/** Deletes next-auth's session cookie, including the chunks next-auth splits a large token into. */
export function clearSession(response: NextResponse, present: string[]): NextResponse {
  for (const name of present) {
    if (SESSION_COOKIES.some((base) => name === base || name.startsWith(`${base}.`))) {
      response.cookies.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
    }
  }
  return response;
}

/** The request id AltinnLogoutInfo names, when it is well formed ("SystemuserRequestId=<guid>"). */
export function readLogoutInfo(value: string | undefined): string | undefined {
  if (!value || value.length > 100) return undefined;
  const match = /^(SystemuserRequestId|SystemuserAgentRequestId|SystemuserChangeRequestId)=([0-9a-fA-F-]{36})$/.exec(value);
  return match?.[2]?.toLowerCase();
}
