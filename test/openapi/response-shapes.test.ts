import { describe, expect, it } from 'vitest';

import { GET as internalRequest } from '@/app/authentication/api/v1/systemuser/request/[party]/route';
import { internalRequestResponseSchema } from '@/lib/schemas/requests';
import { systemUserExternalSchema } from '@/lib/schemas/system-users';

import { parseBody } from '../support/body';
import { BASE, documentedSchema, responseSchema } from '../support/routes';

// The route tests parse every successful answer with its documented schema (test/support/routes.ts); this
// proves the lookup finds the schemas, so that check cannot silently pass by finding none.
describe('the response schemas the route tests check answers with', () => {
  it('are found for the vendor, system-user and client-delegation routes, and refuse a wrong shape', () => {
    const cases: [string, string, number][] = [
      ['POST', `${BASE}/systemuser/request/vendor`, 201],
      ['GET', `${BASE}/systemuser/request/vendor/5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11`, 200],
      ['GET', `${BASE}/systemuser/request/vendor/agent/5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11`, 200],
      ['GET', `${BASE}/systemuser/vendor/bysystem/991825827_smartcloud`, 200],
      ['GET', `${BASE}/systemuser/agent/50001004/clients`, 200],
      [
        'GET',
        `${BASE}/systemuser/agent/50001004/5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11/5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11/delegations`,
        200,
      ],
    ];
    for (const [method, url, status] of cases) {
      const schema = responseSchema(method, url, status);
      expect(schema, `${method} ${url}`).toBeDefined();
      expect(schema!.safeParse({ unexpected: true }).success, `${method} ${url}`).toBe(false);
    }
    // The agent route's own schema, not the standard one's: an agent request has no rights.
    const agent = responseSchema('GET', `${BASE}/systemuser/request/vendor/agent/5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11`, 200);
    const standard = responseSchema('GET', `${BASE}/systemuser/request/vendor/5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11`, 200);
    expect(agent).not.toBe(standard);
  });
});

describe('documentedSchema', { timeout: 60_000 }, () => {
  it('finds the schema by the handler, whatever URL the test sends, also where one folder serves two names', async () => {
    // request/[party]/route.ts serves GET request/{requestId}, the approval page's read.
    expect((await documentedSchema(internalRequest, 'GET', 200)).schema).toBe(internalRequestResponseSchema);
    await expect(documentedSchema(async () => new Response(), 'GET', 200)).rejects.toThrow(/not a route handler/);
  });
});

describe('parseBody', () => {
  const user = {
    id: '5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11',
    integrationTitle: 'Title',
    systemId: '991825827_smartcloud',
    productName: '',
    reporteeOrgNo: '310000001',
    created: '2026-11-30T12:00:00.000Z',
    isDeleted: false,
    supplierName: '',
    supplierOrgno: '991825827',
    externalRef: '310000001',
    userType: 'standard',
  };
  it('returns the parsed answer', () => {
    expect(parseBody(user, systemUserExternalSchema)).toEqual(user);
  });
  it('refuses a key the schema does not name, also one level down, as the OpenAPI document does', () => {
    expect(() => parseBody({ ...user, extra: 1 }, systemUserExternalSchema)).toThrow(/keys its schema does not name/);
    const page = responseSchema('GET', `${BASE}/systemuser/vendor/bysystem/991825827_smartcloud`, 200)!;
    expect(() => parseBody({ links: {}, data: [{ ...user, extra: 1 }] }, page)).toThrow(/keys its schema does not name/);
  });
  it('refuses a missing key', () => {
    const { created: _created, ...missing } = user;
    expect(() => parseBody(missing, systemUserExternalSchema)).toThrow(/does not match its schema/);
  });
});
