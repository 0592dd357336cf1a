import { describe, expect, it } from 'vitest';

import { buildDocument } from '@/lib/openapi/document';
import { operations } from '@/lib/openapi/operations';

import { discoverRoutes, routeHandlers } from '../property/discover-routes';

type Json = Record<string, any>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const document = buildDocument({ serverUrl: 'http://localhost:3000' }) as Json;

function documentedOperations(doc: Json): string[] {
  return Object.entries(doc.paths as Json).flatMap(([p, item]) =>
    Object.keys(item as Json)
      .filter((m) => METHODS.includes(m))
      .map((m) => `${m.toUpperCase()} ${p}`),
  );
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info, paths and a bearer JWT scheme', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(document.components.securitySchemes.bearer).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }),
    );
    expect(Object.keys(document.paths).length).toBeGreaterThan(0);
    expect(document.servers).toEqual([{ url: 'http://localhost:3000' }]);
  });

  it('declares every path parameter, once, as a required path parameter', () => {
    for (const [p, item] of Object.entries(document.paths as Json)) {
      const names = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
      for (const [method, op] of Object.entries(item as Json)) {
        const declared = ((op.parameters ?? []) as Json[]).filter((x) => x.in === 'path');
        expect(declared.map((x) => x.name).sort(), `${method} ${p}`).toEqual(names);
        expect(
          declared.every((x) => x.required === true),
          `${method} ${p}`,
        ).toBe(true);
      }
    }
  });

  it('gives every operation responses, a problem+json body for every 4xx, and unique operation ids', () => {
    const ids = new Set<string>();
    for (const [p, item] of Object.entries(document.paths as Json)) {
      for (const [method, op] of Object.entries(item as Json)) {
        expect(Object.keys(op.responses ?? {}).length, `${method} ${p}`).toBeGreaterThan(0);
        for (const [status, response] of Object.entries(op.responses as Json)) {
          expect(typeof response.description, `${method} ${p} ${status}`).toBe('string');
          if (/^4\d\d$/.test(status)) expect(response.content?.['application/problem+json'], `${method} ${p} ${status}`).toBeDefined();
        }
        expect(ids.has(op.operationId), op.operationId).toBe(false);
        ids.add(op.operationId);
      }
    }
  });

  it('documents the scopes of every protected operation, and 401/403 for them', () => {
    for (const op of operations) {
      const documented = document.paths[op.path][op.method];
      if (op.scopes.length) {
        expect(documented.security).toEqual([{ bearer: [...op.scopes] }]);
        expect(documented.responses['401']).toBeDefined();
        expect(documented.responses['403']).toBeDefined();
        for (const scope of op.scopes) expect(documented.description).toContain(scope);
      } else {
        expect(documented.security).toEqual([]);
      }
    }
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const target = ref.slice('"$ref":"'.length, -1);
      expect(target, ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[target.split('/').pop()!], ref).toBeDefined();
    }
  });

  it('describes request bodies with the zod schemas (the create body requires id, vendor, name, description and clientId)', () => {
    const create = document.paths['/authentication/api/v1/systemregister/vendor'].post;
    const ref = create.requestBody.content['application/json'].schema.$ref as string;
    const schema = document.components.schemas[ref.split('/').pop()!];
    expect(schema.required).toEqual(['id', 'vendor', 'name', 'description', 'clientId']);
  });

  it('fails loudly when an operation is listed twice', () => {
    expect(() => buildDocument({ operations: [operations[0], operations[0]] })).toThrow(/listed twice/);
  });
});

describe('drift between the routes and the document', { timeout: 60_000 }, () => {
  it('has an operation for every exported handler of the APIs (Altinn, its PDP, Maskinporten, test tokens, sandbox extensions), and a handler for every operation', async () => {
    const routes = [
      'app/authentication/api/v1',
      'app/authorization/api/v1',
      'app/maskinporten',
      'app/testtools',
      'app/sandbox/api/v1',
    ].flatMap((dir) => discoverRoutes(dir));
    expect(routes.length).toBeGreaterThan(0);
    const served: string[] = [];
    for (const route of routes) {
      for (const method of Object.keys(await routeHandlers(route))) {
        if (method === 'HEAD' || method === 'OPTIONS') continue;
        served.push(`${method} ${route.openApiPath}`);
      }
    }
    // Next.js allows one parameter name per folder level (`request/{party}` also serves `request/{requestId}`),
    // so paths are compared with their parameter names left out.
    const anyName = (op: string) => op.replace(/\{[^}]+\}/g, '{}');
    const documented = documentedOperations(document).map(anyName);
    served.splice(0, served.length, ...served.map(anyName));
    expect(
      served.filter((op) => !documented.includes(op)),
      'served but not documented',
    ).toEqual([]);
    expect(
      documented.filter((op) => !served.includes(op)),
      'documented but not served',
    ).toEqual([]);
  });
});
