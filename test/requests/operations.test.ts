import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { changeRequestOperations } from '@/lib/schemas/change-requests';
import { requestOperations } from '@/lib/schemas/requests';
import { systemUserOperations } from '@/lib/schemas/system-users';

// The documented operations and the route files must agree: each operation has a route file exporting its
// method, guarded by the scopes the document names.

const root = path.resolve(import.meta.dirname, '../../app');

/** The route file of an API path; `{name}` matches any dynamic segment folder (Next.js renames some). */
function routeFile(apiPath: string): string | undefined {
  let dir = root;
  for (const segment of apiPath.split('/').filter(Boolean)) {
    const entries = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const next = segment.startsWith('{') ? entries.find((e) => e.startsWith('[')) : entries.find((e) => e === segment);
    if (!next) return undefined;
    dir = path.join(dir, next);
  }
  return path.join(dir, 'route.ts');
}

describe('OpenAPI operations of requests, change requests and system-user reads', () => {
  const operations = [...requestOperations, ...changeRequestOperations, ...systemUserOperations];

  it('are unique', () => {
    const keys = operations.map((o) => `${o.method} ${o.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))(
    '%s has a route with the same scopes',
    async (_name, operation) => {
      const file = routeFile(operation.path);
      expect(file, operation.path).toBeDefined();
      const module = (await import(/* @vite-ignore */ file!)) as Record<string, { auth?: { scopes: readonly string[] } }>;
      const handler = module[operation.method.toUpperCase()];
      expect(handler, `${operation.method} ${operation.path}`).toBeTypeOf('function');
      expect([...(handler.auth?.scopes ?? [])].sort()).toEqual([...operation.scopes].sort());
    },
  );
});
