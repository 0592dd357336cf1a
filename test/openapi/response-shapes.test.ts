import { describe, expect, it } from 'vitest';

import { BASE, responseSchema } from '../support/routes';

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
