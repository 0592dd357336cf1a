import { type NextRequest, NextResponse } from 'next/server';

import { clearSession } from '@/lib/session/logout';

// AUTHN's logout: ends the session, then goes to the post-logout endpoint (Altinn passes through the ID
// provider's logout on the way; the sandbox's test ID has none).
export async function GET(request: NextRequest) {
  const response = NextResponse.redirect(new URL('/authentication/api/v1/logout/handleloggedout', request.nextUrl.origin), 302);
  return clearSession(
    response,
    request.cookies.getAll().map((c) => c.name),
  );
}
