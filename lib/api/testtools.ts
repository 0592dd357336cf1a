import 'server-only';

import { createHash, timingSafeEqual } from 'node:crypto';

import { config } from '../config';
import { notFound, unauthenticated } from '../errors';
import { route, type RouteContext } from './route';

// The test-token endpoints are on by default (a sandbox's whole point), can be switched off so they do not
// exist at all (404), and can be shut behind HTTP Basic with one shared password (any user name).

const digest = (value: string) => createHash('sha256').update(value).digest();

function passwordOf(request: Request): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

function checkAccess(request: Request): void {
  const { TESTTOOLS_ENABLED, TESTTOOLS_PASSWORD } = config();
  if (!TESTTOOLS_ENABLED) throw notFound();
  if (!TESTTOOLS_PASSWORD) return;
  const given = passwordOf(request);
  if (given === undefined || !timingSafeEqual(digest(given), digest(TESTTOOLS_PASSWORD))) throw unauthenticated();
}

export function testtoolsRoute<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  const inner = route<P>(async (request, context) => {
    checkAccess(request);
    return handler(request, context);
  });
  return async (request, context) => {
    const response = await inner(request, context);
    if (response.status === 401) response.headers.set('www-authenticate', 'Basic realm="testtools", charset="UTF-8"');
    return response;
  };
}

/** A token as the test-tools generator returns it: the bare JWT as text. */
export function tokenResponse(token: string): Response {
  return new Response(token, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
