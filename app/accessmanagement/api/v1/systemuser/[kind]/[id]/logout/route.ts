import { type NextRequest, NextResponse } from 'next/server';

import { guid } from '@/lib/schemas/portal';
import { isLogoutKind, LOGOUT_INFO_COOKIE, LOGOUT_KEYS } from '@/lib/session/logout';

// Altinn's BFF `GET systemuser/{request|agentrequest|changerequest}/{id}/logout`: remembers which request was
// handled and hands the browser to AUTHN's logout.
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  const parsed = guid.safeParse(id);
  if (!isLogoutKind(kind) || !parsed.success) return new NextResponse(null, { status: 404 });
  const response = NextResponse.redirect(new URL('/authentication/api/v1/logout', request.nextUrl.origin), 302);
  response.cookies.set(LOGOUT_INFO_COOKIE, `${LOGOUT_KEYS[kind]}=${parsed.data}`, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 300,
  });
  return response;
}
