import { NextResponse, type NextRequest } from 'next/server';
import { resolveApiPath } from './lib/api/api-paths';

// ASP.NET's routing of the Altinn API paths (lib/api/api-paths.ts): case-insensitive literal segments matched
// before parameters, and an empty 404 for a path no route has. Everything else passes through untouched.
export function proxy(request: NextRequest) {
  const resolved = resolveApiPath(request.nextUrl.pathname);
  if (resolved.kind === 'other') return NextResponse.next();
  if (resolved.kind === 'unknown') return new NextResponse(null, { status: 404 });
  if (resolved.pathname === request.nextUrl.pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = resolved.pathname;
  return NextResponse.rewrite(url);
}

// Matchers are case-sensitive; every path except Next's own assets comes here and non-API paths leave at once.
export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};
