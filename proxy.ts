import { type NextRequest, NextResponse } from 'next/server';

import { resolveApiPath } from '@/lib/api/api-paths';
import { HttpProblem, toProblemResponse } from '@/lib/errors';
import { API_CSP, DOCS_CSP, hasMalformedEscape, isApiPath, isCrossOriginAction, pageCsp, SECURITY_HEADERS } from '@/lib/http/security';

// Runs before Next routes a request: malformed percent escapes (Next would answer a plain-text 500), server
// actions from other origins (Next: 500), ASP.NET's routing of the Altinn API paths (lib/api/api-paths.ts:
// case-insensitive literal segments matched before parameters, an empty 404 for a path no route has), and
// the security headers with a fresh CSP nonce for every page.

const BAD_ESCAPE = 'The path or query holds a malformed percent escape.';

function withHeaders(response: NextResponse, csp: string): NextResponse {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

function routeApiPath(request: NextRequest): NextResponse {
  const resolved = resolveApiPath(request.nextUrl.pathname);
  if (resolved.kind === 'other') return NextResponse.next();
  if (resolved.kind === 'unknown') return new NextResponse(null, { status: 404 });
  if (resolved.pathname === request.nextUrl.pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = resolved.pathname;
  return NextResponse.rewrite(url);
}

export function proxy(request: NextRequest): NextResponse | Response {
  // The raw target: nextUrl may already be normalised.
  const raw = request.url;
  const queryAt = raw.indexOf('?');
  const pathAndQuery = raw.slice(raw.indexOf('/', raw.indexOf('//') + 2));
  const pathname = queryAt === -1 ? pathAndQuery : pathAndQuery.slice(0, pathAndQuery.indexOf('?'));
  const search = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  const api = isApiPath(pathname);

  if (hasMalformedEscape(pathname, search)) {
    if (api) {
      const response = toProblemResponse(new HttpProblem(400, { '': [BAD_ESCAPE] })).response;
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
      response.headers.set('Content-Security-Policy', API_CSP);
      return response;
    }
    const nonce = crypto.randomUUID().replaceAll('-', '');
    const csp = pageCsp(nonce, process.env.NODE_ENV === 'development');
    const headers = new Headers(request.headers);
    headers.set('content-security-policy', csp);
    const target = new URL('/accessmanagement/ui/errorpage/badrequest', request.url);
    return withHeaders(NextResponse.rewrite(target, { status: 400, request: { headers } }), csp);
  }

  if (isCrossOriginAction(request.method, request.headers)) {
    return withHeaders(
      new NextResponse('Forbidden: a server action from another origin.', {
        status: 403,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      }),
      API_CSP,
    );
  }

  if (api) return withHeaders(routeApiPath(request), API_CSP);
  if (pathname === '/docs/api' || pathname.startsWith('/docs/')) return withHeaders(NextResponse.next(), DOCS_CSP);

  // Next reads the nonce from the request's CSP header and puts it on the scripts it renders.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = pageCsp(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  return withHeaders(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Everything but Next's own static files (they get the fixed headers of next.config.mjs).
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
