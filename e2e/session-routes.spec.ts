import { expect, test } from '@playwright/test';
import fc from 'fast-check';

import { KARI, logIn } from './portal-support';

// The routes that read the browser session (next-auth and the party switch) run only inside Next's request
// scope, so the property test fuzzes them here, over HTTP against the production server: never a 5xx, and
// the party switch never sends anyone off the site.

const text = fc.oneof(
  fc.string(),
  fc.webUrl(),
  fc.constantFrom(
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '/%2F%2Fevil.example',
    '/accessmanagement/ui/systemuser/overview?x=1',
  ),
);

test('the party switch answers random input without a 5xx and only redirects within the site', async ({ page, baseURL }) => {
  await logIn(page, KARI);
  const request = page.context().request;
  await fc.assert(
    fc.asyncProperty(text, fc.oneof(fc.string(), fc.constantFrom('314248295', '310495670', '000000000')), async (goTo, orgNo) => {
      const query = new URLSearchParams({ goTo, orgNo });
      const response = await request.get(`/accessmanagement/api/v1/reportee/changeandredirect?${query}`, { maxRedirects: 0 });
      expect(response.status(), query.toString()).toBeLessThan(500);
      const location = response.headers()['location'];
      if (location) expect(new URL(location, baseURL).origin, `${query} → ${location}`).toBe(new URL(baseURL!).origin);
    }),
    { numRuns: 60 },
  );
});

test('next-auth routes answer random paths and bodies without a 5xx', async ({ request }) => {
  const segment = fc.oneof(
    fc.constantFrom('csrf', 'session', 'providers', 'signin', 'signout', 'callback', 'testid', 'error'),
    fc.stringMatching(/^[a-z0-9._-]{1,12}$/),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.array(segment, { minLength: 1, maxLength: 3 }),
      fc.dictionary(fc.stringMatching(/^[a-zA-Z]{1,10}$/), fc.string()),
      fc.boolean(),
      async (segments, form, post) => {
        const url = `/api/auth/${segments.join('/')}`;
        const response = post ? await request.post(url, { form, maxRedirects: 0 }) : await request.get(url, { maxRedirects: 0 });
        expect(response.status(), `${post ? 'POST' : 'GET'} ${url}`).toBeLessThan(500);
      },
    ),
    // A GET to the test-ID login's callback once made next-auth throw (found by this test, seed 1586910724).
    { numRuns: 80, examples: [[['callback', 'testid'], {}, false]] },
  );
});
