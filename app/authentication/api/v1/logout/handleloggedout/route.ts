import { type NextRequest, NextResponse } from 'next/server';

import { findRequest } from '@/lib/requests/find-request';
import { clearSession, loggedOutPath, LOGOUT_INFO_COOKIE, readLogoutInfo } from '@/lib/session/logout';

// AUTHN's `logout/handleloggedout`: after a request was handled, to its stored redirectUrl exactly as stored;
// otherwise to the logged-out landing page.
export async function GET(request: NextRequest) {
  const id = readLogoutInfo(request.cookies.get(LOGOUT_INFO_COOKIE)?.value);
  const found = id ? await findRequest({ id }) : null;
  const target = found?.request.redirectUrl ?? new URL(loggedOutPath(id), request.nextUrl.origin).toString();
  const response = NextResponse.redirect(target, 302);
  response.cookies.set(LOGOUT_INFO_COOKIE, '', { path: '/', maxAge: 0 });
  return clearSession(
    response,
    request.cookies.getAll().map((c) => c.name),
  );
}
