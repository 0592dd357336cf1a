import { readdirSync } from 'node:fs';
import path from 'node:path';

import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';

import type { AuthRequirement } from '@/lib/api/authenticated';
import { issuer } from '@/lib/auth/issuer';
import { mintToken } from '@/lib/auth/mint-token';
import { signingKey } from '@/lib/auth/signing-keys';
import { enterpriseClaims } from '@/lib/auth/token-claims';

import { useTestDatabase } from '../support/database';

// Every route built with authenticated() is found by walking app/, so routes added later are covered
// without touching this file. Each is called in-process with four bad tokens.

const APP = path.resolve(import.meta.dirname, '../../app');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const SAMPLE_UUID = '0b7e2c4d-5f6a-4b8c-9d0e-1f2a3b4c5d6e';

type Handler = ((request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>) & {
  auth?: AuthRequirement;
};

interface ProtectedRoute {
  name: string;
  url: string;
  method: (typeof METHODS)[number];
  params: Record<string, string | string[]>;
  handler: Handler;
  scopes: readonly string[];
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

/** A plausible value per dynamic segment: the auth check comes before any parsing, but keep them realistic. */
function sampleValue(name: string): string {
  return /party/i.test(name) ? '50001337' : SAMPLE_UUID;
}

function describeRoute(file: string) {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter(Boolean);
  const params: Record<string, string | string[]> = {};
  const urlParts: string[] = [];
  for (const segment of segments) {
    if (/^\(.*\)$/.test(segment)) continue;
    const catchAll = /^\[\[?\.\.\.(\w+)\]?\]$/.exec(segment);
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (catchAll) {
      params[catchAll[1]] = ['sample'];
      urlParts.push('sample');
    } else if (dynamic) {
      params[dynamic[1]] = sampleValue(dynamic[1]);
      urlParts.push(encodeURIComponent(params[dynamic[1]] as string));
    } else {
      urlParts.push(segment);
    }
  }
  return { pattern: `/${segments.join('/')}`, url: `http://localhost:3000/${urlParts.join('/')}`, params };
}

const routes: ProtectedRoute[] = [];
for (const file of routeFiles(APP).sort()) {
  const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  const { pattern, url, params } = describeRoute(file);
  for (const method of METHODS) {
    const handler = module[method] as Handler | undefined;
    if (typeof handler === 'function' && handler.auth) {
      routes.push({ name: `${method} ${pattern}`, url, method, params, handler, scopes: handler.auth.scopes });
    }
  }
}

async function call(route: ProtectedRoute, token?: string): Promise<Response> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
  if (hasBody) headers['content-type'] = 'application/json';
  const request = new Request(route.url, { method: route.method, headers, body: hasBody ? '{}' : undefined });
  return route.handler(request, { params: Promise.resolve(route.params) });
}

const claimsWith = (scopes: readonly string[]) =>
  enterpriseClaims({ orgNo: '991825827', scopes: [...scopes], clientId: 'protected-routes-test' });

const cases: {
  name: string;
  status: number;
  reason: (route: ProtectedRoute) => RegExp;
  token: (route: ProtectedRoute) => Promise<string | undefined>;
}[] = [
  { name: 'no token', status: 401, reason: () => /No bearer token/, token: async () => undefined },
  {
    name: 'an expired token',
    status: 401,
    reason: () => /expired/,
    token: async (route) => (await mintToken({ claims: claimsWith(route.scopes), ttlSeconds: -60 })).token,
  },
  {
    name: 'a token signed by a foreign key under the sandbox’s kid and issuer',
    status: 401,
    reason: () => /signature is invalid/,
    token: async (route) => {
      const { privateKey } = await generateKeyPair('RS256');
      const { kid } = await signingKey();
      return new SignJWT(claimsWith(route.scopes))
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(issuer())
        .setIssuedAt()
        .setExpirationTime('2m')
        .sign(privateKey);
    },
  },
  {
    name: 'a valid token without the route’s scopes',
    status: 403,
    reason: (route) => new RegExp(`lacks the scope ${route.scopes[0].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
    token: async () => (await mintToken({ claims: claimsWith(['sandbox:no-such-scope']) })).token,
  },
];

describe('bearer authentication of every protected route', () => {
  useTestDatabase();

  it('finds the protected routes, among them the token area’s own', () => {
    const names = routes.map((r) => r.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual(
      expect.arrayContaining([
        'GET /authentication/api/v1/systemuser/byExternalId',
        'GET /maskinporten/api/v1/clients',
        'POST /maskinporten/api/v1/clients',
        'DELETE /maskinporten/api/v1/clients/[clientId]',
      ]),
    );
    expect(routes.every((r) => r.scopes.length > 0)).toBe(true);
  });

  describe.each(cases)('with $name: $status, empty body, WWW-Authenticate naming the reason', ({ status, token, reason }) => {
    it.each(routes.map((route) => [route.name, route] as const))('%s', async (_name, route) => {
      const response = await call(route, await token(route));
      expect(response.status).toBe(status);
      expect(await response.text()).toBe('');
      const challenge = response.headers.get('www-authenticate') ?? '';
      expect(challenge).toMatch(
        status === 401 ? /^Bearer error="invalid_token", error_description="/ : /^Bearer error="insufficient_scope", error_description="/,
      );
      expect(challenge).toMatch(reason(route));
    });
  });
});
