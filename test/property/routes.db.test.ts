import path from 'node:path';

import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SCOPES } from '@/lib/auth/scopes';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { bearer, personalToken, vendorToken } from '../support/tokens';
import { type DiscoveredRoute, discoverRoutes, routeHandlers, type Segment } from './discover-routes';

// Every route handler under app/, found by walking the folders, gets random bodies, content types, path
// segments and query strings with valid tokens. It must never answer 5xx, and a request it rejects (>= 400)
// must leave every table as it was. Tables that change on reads by design are left out of the comparison.

const RUNS = Number(process.env.PROPERTY_RUNS ?? 30);
const CHANGE_ON_READ = new Set(['_prisma_migrations', 'SigningKey', 'UsedJti']);

let tables: string[] = [];
const tokens: Record<string, string> = {};

async function snapshot(): Promise<string> {
  const prisma = await db();
  const sql = tables
    .map((t) => `SELECT '${t}' AS t, count(*)::int AS n, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x`)
    .join(' UNION ALL ');
  const rows = await prisma.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(sql);
  return rows
    .sort((a, b) => a.t.localeCompare(b.t))
    .map((r) => `${r.t}:${r.n}:${r.h}`)
    .join('\n');
}

// Text of every kind: printable, any code unit, U+0000 (which PostgreSQL refuses to store or compare), huge
// strings (over every limit, and over PostgreSQL's btree row size), and malformed percent escapes.
const hugeText = fc
  .constantFrom(256, 2_800, 6_000, 100_000, 950_000)
  .chain((length) => fc.constantFrom('x', 'é', '0').map((c) => c.repeat(length)));
const badEscape = fc.constantFrom('%zz', '%', 'abc%zz', '%C0%AF', '%E0%A4%A', '%%41', '%u0041');
const anyText = fc.oneof(
  { arbitrary: fc.string(), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
  { arbitrary: fc.constantFrom('\u0000', 'a\u0000b'), weight: 1 },
  { arbitrary: hugeText, weight: 1 },
  { arbitrary: badEscape, weight: 1 },
);
const nonEmptyText = anyText.filter((text) => text.length > 0);

// Values that reach deeper than pure noise: ids the seed knows, GUIDs, and strings of every kind.
const SEEDED_SYSTEMS = ['991825827_smartcloud', '312605031_SuperRegnskap', 'a3c5e2f0-6d1b-4f7a-9c2e-8b4d1f6a3e90'];
const KNOWN_IDS = [...SEEDED_SYSTEMS, '991825827', '314248295', 'vendor'];
const idLike = fc.oneof(
  { arbitrary: fc.constantFrom(...SEEDED_SYSTEMS), weight: 4 },
  { arbitrary: fc.constantFrom(...KNOWN_IDS), weight: 1 },
  { arbitrary: fc.uuid(), weight: 1 },
  { arbitrary: nonEmptyText, weight: 1 },
  { arbitrary: fc.stringMatching(/^[0-9]{9}_[a-z]{1,8}$/), weight: 1 },
);

const segmentValue = (segment: Segment) =>
  segment.kind === 'dynamic'
    ? idLike
    : segment.kind === 'catchAll'
      ? fc.array(idLike, { minLength: 1, maxLength: 3 })
      : fc.array(idLike, { maxLength: 3 });

const FIELD_NAMES = [
  'id',
  'systemId',
  'vendor',
  'partyOrgNo',
  'externalRef',
  'rights',
  'accessPackages',
  'clientId',
  'redirectUrl',
  'allowedRedirectUrls',
  'isVisible',
  'name',
  'description',
  'customerId',
  'grant_type',
  'assertion',
  'token',
  'orgNo',
  'pid',
  'scopes',
  'systemUserId',
  'urn',
  'resource',
  'integrationTitle',
];
const jsonish = fc.oneof(
  fc.jsonValue(),
  fc.uuid(),
  fc.constantFrom(...KNOWN_IDS),
  fc.array(fc.record({ urn: anyText, resource: fc.array(fc.record({ id: anyText, value: anyText })) }, { requiredKeys: [] })),
);
const plausibleObject = fc.dictionary(fc.constantFrom(...FIELD_NAMES), jsonish, { maxKeys: 8 });

// Bodies shaped like Altinn's (rights, packages, systems, requests) with valid and invalid values mixed, so
// the random input gets past model binding into the domain checks.
const right = fc.record({
  resource: fc.array(
    fc.record({
      id: fc.constantFrom('urn:altinn:resource', 'urn:altinn:app', ''),
      value: fc.constantFrom('ske-krav-og-betalinger', 'ske-mva-melding', 'ske-maskinporten-skattegrunnlag', 'nope'),
    }),
    { maxLength: 2 },
  ),
});
const accessPackage = fc.record({
  urn: fc.constantFrom(
    'urn:altinn:accesspackage:skattegrunnlag',
    'urn:altinn:accesspackage:ansvarlig-revisor',
    'urn:altinn:accesspackage:nope',
    'nope',
  ),
});
const shapedObject = fc.record(
  {
    id: fc.oneof(fc.constantFrom(...KNOWN_IDS), fc.stringMatching(/^991825827_[a-z ]{1,8}$/)),
    vendor: fc.record({ ID: fc.constantFrom('0192:991825827', '0192:312605031', '991825827') }),
    name: fc.constant({ nb: 'x', nn: 'x', en: 'x' }),
    description: fc.constant({ nb: 'x', nn: 'x', en: 'x' }),
    systemId: fc.constantFrom(...KNOWN_IDS),
    partyOrgNo: fc.constantFrom('314248295', '310495670', '991825827', '123'),
    externalRef: anyText,
    rights: fc.array(right, { maxLength: 3 }),
    accessPackages: fc.array(accessPackage, { maxLength: 3 }),
    clientId: fc.array(fc.constantFrom('a', 'b', 'A'), { maxLength: 3 }),
    allowedRedirectUrls: fc.array(fc.constantFrom('https://x.test/', 'http://x.test', '/x'), { maxLength: 2 }),
    redirectUrl: fc.constantFrom('https://smartcloudxxxx/receipt', 'https://evil.test', 'x'),
    isVisible: fc.boolean(),
  },
  { requiredKeys: [] },
);
const shapedBody = fc.oneof(fc.array(right, { maxLength: 3 }), fc.array(accessPackage, { maxLength: 3 }), shapedObject);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  undefined,
];

// Nesting far past the JSON walk's depth limit, in a known field, in an unknown one, or as the whole body.
const deep = fc
  .integer({ min: 65, max: 20_000 })
  .chain((depth) => fc.constantFrom(`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));
const deepBody = deep.chain((nested) =>
  fc.constantFrom(
    nested,
    `{"systemId":"991825827_smartcloud","partyOrgNo":"314248295","rights":${nested}}`,
    `{"systemId":"991825827_smartcloud","partyOrgNo":"314248295","unknown":${nested}}`,
    `{"id":"991825827_x","vendor":{"ID":"0192:991825827"},"name":${nested}}`,
  ),
);

const body = fc.oneof(
  { arbitrary: fc.record({ text: deepBody, contentType: fc.constant<string | undefined>('application/json') }), weight: 1 },
  {
    arbitrary: fc.record({
      text: shapedBody.map((v) => JSON.stringify(v)),
      contentType: fc.constant<string | undefined>('application/json'),
    }),
    weight: 6,
  },
  fc.record({
    text: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
    contentType: fc.constant<string | undefined>('application/json'),
  }),
  fc.record({ text: plausibleObject.map((v) => JSON.stringify(v)), contentType: fc.constant<string | undefined>('application/json') }),
  fc.record({ text: plausibleObject.map((v) => JSON.stringify(v)), contentType: fc.constantFrom(...CONTENT_TYPES) }),
  fc.record({
    text: fc.dictionary(fc.constantFrom(...FIELD_NAMES), anyText).map((v) => new URLSearchParams(v).toString()),
    contentType: fc.constant<string | undefined>('application/x-www-form-urlencoded'),
  }),
  fc.record({ text: anyText, contentType: fc.constantFrom(...CONTENT_TYPES) }),
  fc.constant({ text: undefined, contentType: undefined as string | undefined }),
);

const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom('token', 'orgNo', 'pid', 'scopes', 'systemId', 'externalRef', 'id', 'useOldFormatForApp', 'ttl', 'clientId'),
    nonEmptyText,
  ),
  fc.oneof(anyText, fc.constantFrom(...KNOWN_IDS), fc.uuid()),
  { maxKeys: 4 },
);

function buildRequest(
  route: DiscoveredRoute,
  method: string,
  params: Record<string, string | string[]>,
  q: Record<string, string>,
  b: { text?: string; contentType?: string },
  token: string,
  rawQuery = '',
) {
  const pathname = route.segments
    .flatMap((s) => {
      if (s.kind === 'static') return [s.name];
      const value = params[s.name];
      return (Array.isArray(value) ? value : [value]).map((v) => encodeURIComponent(v));
    })
    .join('/');
  const url = new URL(`http://localhost:3000/${pathname}`);
  for (const [k, v] of Object.entries(q)) url.searchParams.append(k, v);
  // Raw, as a client may send it: a malformed escape that no encoder would write.
  if (rawQuery) url.search = url.search ? `${url.search}&${rawQuery}` : `?${rawQuery}`;
  const headers: Record<string, string> = { ...bearer(token) };
  const withBody = method !== 'GET' && method !== 'HEAD' && b.text !== undefined;
  if (withBody && b.contentType) headers['content-type'] = b.contentType;
  return new NextRequest(url, { method, headers, body: withBody ? b.text : undefined });
}

// Routes that read the browser session through next/headers only run inside Next's request scope, so they
// are fuzzed over HTTP against the production server instead (e2e/session-routes.spec.ts).
const SESSION_ROUTES = [/^app\/api\/auth\//, /^app\/accessmanagement\//];
const routes = discoverRoutes('app').filter(
  (route) => !SESSION_ROUTES.some((pattern) => pattern.test(path.relative(path.resolve(import.meta.dirname, '../..'), route.file))),
);

let casesRun = 0;
const rawQuery = fc.oneof(
  { arbitrary: fc.constant(''), weight: 4 },
  badEscape.map((e) => `token=${e}`),
  badEscape.map((e) => `${e}=1`),
);

describe('every route under app/, with random input and valid tokens', () => {
  useTestDatabase();
  afterAll(() => console.log(`property test: ${casesRun} fuzz cases run over ${routes.length} route files`));
  beforeAll(async () => {
    const prisma = await db();
    const rows = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    tables = rows.map((r) => r.tablename).filter((t) => !CHANGE_ON_READ.has(t));
    tokens.vendor = await vendorToken('991825827');
    tokens.vendorAllScopes = await vendorToken('991825827', Object.values(SCOPES));
    tokens.personal = await personalToken('12858540036');
  }, 120_000);

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(0);
  });

  for (const route of routes) {
    const name = path.relative(path.resolve(import.meta.dirname, '../..'), route.file);
    it(`${name}: never 5xx, and a rejected request writes nothing`, async () => {
      const handlers = await routeHandlers(route);
      const dynamicSegments = route.segments.filter((s) => s.kind !== 'static');
      const params = fc.record(Object.fromEntries(dynamicSegments.map((s) => [s.name, segmentValue(s)]))) as fc.Arbitrary<
        Record<string, string | string[]>
      >;
      for (const [method, handler] of Object.entries(handlers)) {
        await fc.assert(
          fc.asyncProperty(
            params,
            query,
            body,
            fc.constantFrom('vendor', 'vendorAllScopes', 'personal'),
            rawQuery,
            async (p, q, b, who, raw) => {
              casesRun++;
              const request = buildRequest(route, method, p, q, b, tokens[who], raw);
              const before = await snapshot();
              const response = await (handler as (r: Request, c: { params: Promise<unknown> }) => Promise<Response>)(request, {
                params: Promise.resolve(p),
              });
              await response.arrayBuffer();
              expect(response.status, `${method} ${request.nextUrl.pathname}${request.nextUrl.search}`).toBeLessThan(500);
              if (response.status >= 400) expect(await snapshot(), `${method} ${request.nextUrl.pathname} wrote`).toBe(before);
            },
          ),
          { numRuns: RUNS },
        );
      }
    }, 300_000);
  }
});
