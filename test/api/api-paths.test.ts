import { readdirSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { API_ROUTES, resolveApiPath } from '@/lib/api/api-paths';

const APP = path.resolve(import.meta.dirname, '../../app');

function routeDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeDirs(full);
    return entry.name === 'route.ts' ? [path.relative(APP, dir).split(path.sep).join('/')] : [];
  });
}

describe('the API route table of the proxy', () => {
  it('lists exactly the route directories under app/authentication/api and app/authorization/api', () => {
    const dirs = ['authentication/api', 'authorization/api'].flatMap((root) => routeDirs(path.join(APP, root)));
    expect([...API_ROUTES].sort()).toEqual(dirs.sort());
  });
});

describe('ASP.NET-style path resolution', () => {
  const V1 = '/authentication/api/v1';
  it.each([
    // [path, the route path it resolves to]
    [`${V1}/SystemUser/vendor/bysystem/991825827_smartcloud`, `${V1}/systemuser/vendor/bysystem/991825827_smartcloud`],
    [`${V1}/systemuser/byexternalid`, `${V1}/systemuser/byExternalId`],
    [`${V1}/SYSTEMUSER/BYEXTERNALID/`, `${V1}/systemuser/byExternalId`],
    [`${V1}/systemuser/50001003`, `${V1}/systemuser/50001003`],
    [
      `${V1}/systemuser/request/vendor/%7B9cd9508e-0000-4000-8000-000000000000%7D`,
      `${V1}/systemuser/request/vendor/%7B9cd9508e-0000-4000-8000-000000000000%7D`,
    ],
    [`${V1}/systemuser/request/Vendor/Agent`, `${V1}/systemuser/request/vendor/agent`],
    [`${V1}/systemuser/request/agent/50001004/abc/APPROVE`, `${V1}/systemuser/request/agent/50001004/abc/approve`],
    // literal `vendor` wins over {party}, and backtracks to the parameter when the rest only fits there
    [`${V1}/systemuser/request/vendor/x`, `${V1}/systemuser/request/vendor/x`],
    [`${V1}/systemregister/Vendor/991825827_smartcloud/Rights`, `${V1}/systemregister/vendor/991825827_smartcloud/rights`],
    [`${V1}/enduser/systemuser/clients/AVAILABLE`, `${V1}/enduser/systemuser/clients/available`],
    ['/Authorization/api/v1/Decision', '/authorization/api/v1/decision'],
  ])('%s → %s', (input, expected) => {
    expect(resolveApiPath(input)).toEqual({ kind: 'route', pathname: expected });
  });

  it.each([
    `${V1}/nothing`,
    `${V1}/systemuser/request/vendor/a/b/c/d/e`,
    '/authentication/api/v2/systemuser/vendor/byquery',
    '/authentication/api/',
    `${V1}/systemuser//x`,
  ])('%s is an unknown API path', (input) => {
    expect(resolveApiPath(input)).toEqual({ kind: 'unknown' });
  });

  it.each(['/', '/accessmanagement/ui/systemuser/request', '/maskinporten/token', '/authenticationx/api/v1'])(
    '%s is not an API path',
    (input) => {
      expect(resolveApiPath(input)).toEqual({ kind: 'other' });
    },
  );
});
