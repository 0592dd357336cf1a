import { describe, expect, it } from 'vitest';

import { inspectJson, nulPath } from '@/lib/api/nul';
import { readJsonBody } from '@/lib/api/read-body';
import { HttpProblem } from '@/lib/errors';
import { hasMalformedEscape, isApiPath, isCrossOriginAction, pageCsp } from '@/lib/http/security';
import { LIMITS } from '@/lib/limits';
import { createRequestBody } from '@/lib/schemas/requests';
import { registerSystemRequest } from '@/lib/schemas/systems';
import { safeReturnPath } from '@/lib/session/return-url';

const nested = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
};
const deepText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const post = (body: string) => new Request('http://localhost/x', { method: 'POST', body, headers: { 'content-type': 'application/json' } });

describe('the JSON walk', () => {
  it('finds U+0000 in values and keys, with its path', () => {
    expect(nulPath({ rights: [{ resource: [{ id: 'a', value: 'b\0' }] }] })).toBe('rights.0.resource.0.value');
    expect(nulPath({ a: { 'k\0': 1 } })).toBe('a');
    expect(nulPath('x\0')).toBe('$');
    expect(nulPath({ a: ['ok', { b: 'fine' }] })).toBeUndefined();
  });

  it('stops at the depth limit without recursion, however deep the value', () => {
    expect(inspectJson(nested(LIMITS.jsonDepth - 1))).toBeUndefined();
    expect(inspectJson(nested(LIMITS.jsonDepth + 1))?.problem).toBe('depth');
    // 1 000 000 levels: a recursive walk would overflow the stack long before.
    expect(inspectJson(JSON.parse(deepText(1_000_000)))?.problem).toBe('depth');
    expect(nulPath(JSON.parse(deepText(200_000)))).toBeUndefined();
  });

  it.each([
    ['rights', `{"systemId":"s","partyOrgNo":"1","rights":${deepText(3_000)}}`],
    ['an unknown field', `{"systemId":"s","partyOrgNo":"1","other":${deepText(10_000)}}`],
    ['the whole body', deepText(100_000)],
  ])('a body nested too deep in %s is a 400 binding problem', async (_where, text) => {
    const error = await readJsonBody(post(text), createRequestBody).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpProblem);
    expect((error as HttpProblem).status).toBe(400);
    expect(JSON.stringify((error as HttpProblem).errors)).toMatch(/nested deeper than 64 levels/);
  });
});

describe('limits in the schemas', () => {
  const valid = { systemId: '991825827_smartcloud', partyOrgNo: '314248295' };
  it.each([
    ['integrationTitle', { integrationTitle: 'x'.repeat(LIMITS.title + 1) }],
    ['externalRef', { externalRef: 'x'.repeat(2_800) }],
    ['systemId', { systemId: 'x'.repeat(6_000) }],
    ['redirectUrl', { redirectUrl: `https://x.test/${'x'.repeat(LIMITS.url)}` }],
    ['rights', { rights: Array.from({ length: LIMITS.list + 1 }, () => ({ resource: [] })) }],
    ['accessPackages', { accessPackages: Array.from({ length: LIMITS.list + 1 }, () => ({ urn: 'u' })) }],
  ])('over the limit, %s is named in the error', (field, extra) => {
    const result = createRequestBody.safeParse({ ...valid, ...extra });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it('the largest allowed values pass', () => {
    const result = createRequestBody.safeParse({
      ...valid,
      integrationTitle: 'x'.repeat(LIMITS.title),
      externalRef: 'x'.repeat(LIMITS.id),
      redirectUrl: 'x'.repeat(LIMITS.url),
    });
    expect(result.success).toBe(true);
  });

  it('the system register has the same limits', () => {
    const system = {
      id: '991825827_x',
      vendor: { ID: '0192:991825827' },
      name: { nb: 'x' },
      description: { nb: 'x' },
      clientId: ['c'],
    };
    expect(registerSystemRequest.safeParse(system).success).toBe(true);
    for (const [field, extra] of [
      ['id', { id: 'x'.repeat(LIMITS.id + 1) }],
      ['name', { name: { nb: 'x'.repeat(LIMITS.text + 1) } }],
      ['name', { name: Object.fromEntries(Array.from({ length: LIMITS.languages + 1 }, (_, i) => [`l${i}`, 'x'])) }],
      ['clientId', { clientId: Array.from({ length: LIMITS.list + 1 }, (_, i) => `c${i}`) }],
      ['allowedRedirectUrls', { allowedRedirectUrls: ['x'.repeat(LIMITS.url + 1)] }],
    ] as const) {
      const result = registerSystemRequest.safeParse({ ...system, ...extra });
      expect(result.success, field).toBe(false);
      expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
    }
  });
});

describe('return URLs', () => {
  const base = 'http://localhost:3000';
  const fallback = '/accessmanagement/ui/systemuser/overview';
  it.each([
    '/accessmanagement/ui/systemuser/request?id=1',
    '/accessmanagement/ui/systemuser/overview#x',
    'http://localhost:3000/accessmanagement/ui/systemuser/create',
  ])('follows %s on this site', (value) => {
    expect(safeReturnPath(value, base)).toBe(value.replace(base, ''));
  });

  it.each([
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example',
    '/%5Cevil.example/x',
    '/%5cevil.example/x',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/\t/evil.example',
    '/%09/evil.example',
    '\t//evil.example',
    '/\n/evil.example',
    'https://evil.example/x',
    'http://localhost:3001/x',
    'javascript:alert(1)',
    'data:text/html,x',
    'HTTP://evil.example',
    '///evil.example',
    'x'.repeat(3000),
    '',
    undefined,
  ])('refuses %j', (value) => {
    expect(safeReturnPath(value, base)).toBe(fallback);
  });

  it('a decoded tab, backslash or slash never survives (what the login page gets after Next decodes the query)', () => {
    for (const raw of ['/%5Cevil.example/x', '/%09/evil.example']) {
      expect(safeReturnPath(decodeURIComponent(raw), base)).toBe(fallback);
    }
  });
});

describe('the proxy checks', () => {
  it('finds malformed escapes in paths and queries', () => {
    expect(hasMalformedEscape('/a/abc%zz', '')).toBe(true);
    expect(hasMalformedEscape('/a/%', '')).toBe(true);
    expect(hasMalformedEscape('/a/%C0%AF', '')).toBe(true);
    expect(hasMalformedEscape('/a', 'x=%zz')).toBe(true);
    expect(hasMalformedEscape('/a/%20b', 'x=%41&y=a+b')).toBe(false);
  });

  it('knows API paths from pages', () => {
    expect(isApiPath('/authentication/api/v1/systemuser/request/vendor')).toBe(true);
    expect(isApiPath('/health')).toBe(true);
    expect(isApiPath('/accessmanagement/ui/systemuser/overview')).toBe(false);
    expect(isApiPath('/')).toBe(false);
  });

  it('tells a cross-origin server action', () => {
    const headers = (h: Record<string, string>) => new Headers({ host: 'localhost:3000', 'next-action': 'x', ...h });
    expect(isCrossOriginAction('POST', headers({ origin: 'http://evil.example' }))).toBe(true);
    expect(isCrossOriginAction('POST', headers({ origin: 'null' }))).toBe(true);
    expect(isCrossOriginAction('POST', headers({ origin: 'http://localhost:3000' }))).toBe(false);
    expect(isCrossOriginAction('POST', headers({ origin: 'http://sandbox.test', 'x-forwarded-host': 'sandbox.test' }))).toBe(false);
    expect(isCrossOriginAction('POST', new Headers({ origin: 'http://evil.example', host: 'localhost:3000' }))).toBe(false);
    expect(isCrossOriginAction('GET', headers({ origin: 'http://evil.example' }))).toBe(false);
  });

  it('the page policy forbids framing and foreign scripts', () => {
    const csp = pageCsp('abc');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
