import { expect, test } from '@playwright/test';
import { approveRequest } from 'systembruker-sandbox/playwright';

// The vendor test of the README's "Playwright kit" section, word for word: if this fails, the README is wrong.
test('the customer approves our request and comes back to us', async ({ page, request }) => {
  // The vendor's token and request, by API.
  const scopes = 'altinn:authentication/systemuser.request.write,altinn:authentication/systemuser.request.read';
  const token = await (await request.get(`/testtools/api/GetEnterpriseToken?orgNo=991825827&scopes=${scopes}`)).text();
  const created = await request.post('/authentication/api/v1/systemuser/request/vendor', {
    headers: { authorization: `Bearer ${token}` },
    data: {
      externalRef: `test-${Date.now()}`,
      systemId: '991825827_smartcloud',
      partyOrgNo: '314248295',
      rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
      redirectUrl: 'https://smartcloudxxxx/receipt?case=42',
    },
  });
  expect(created.status()).toBe(201);
  const { id, confirmUrl } = await created.json();

  // The customer's access manager approves in the browser and is sent, logged out, to our redirectUrl
  // (approveRequest resolves to that address even when our receipt page is not running in the test).
  expect(await approveRequest(page, confirmUrl, { pid: '12858540036' })).toBe('https://smartcloudxxxx/receipt?case=42');

  const status = await request.get(`/authentication/api/v1/systemuser/request/vendor/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect((await status.json()).status).toBe('Accepted');
});
