import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';

import { GET as byExternalIdRoute } from '@/app/authentication/api/v1/systemuser/byExternalId/route';
import { POST as tokenRoute } from '@/app/maskinporten/token/route';
import { verifyAccessToken } from '@/lib/auth/verify-token';
import { db } from '@/lib/db';
import { smartcloudKey, superregnskapKey } from '@/lib/seed/vendor-keys';

import { useTestDatabase } from '../support/database';
import { checked } from '../support/routes';
import { bearer, signGrant, tokenRequest, vendorToken } from '../support/tokens';
import { createSystemUser, smartcloudSystem } from './factories';

// Every answer is checked against its documented schema (test/support/routes.ts).
const byExternalId = checked(byExternalIdRoute);
const token = checked(tokenRoute);

const none = { params: Promise.resolve({}) };
const OWNER = '314248295';
const ownerOrg = (orgNo = OWNER) => ({ authority: 'iso6523-actorid-upis', ID: `0192:${orgNo}` });

async function systemUserGrant(detail: Record<string, unknown>, key = smartcloudKey) {
  const response = await token(
    tokenRequest(
      await signGrant({
        key,
        claims: { scope: 'altinn:instances.read', authorization_details: [{ type: 'urn:altinn:systemuser', ...detail }] },
      }),
    ),
    none,
  );
  return { status: response.status, body: await response.json() };
}

const lookup = async (query: string, scopes = ['altinn:maskinporten/systemuser.read']) =>
  byExternalId(
    new Request(`http://localhost/authentication/api/v1/systemuser/byExternalId?${query}`, {
      headers: bearer(await vendorToken('991825827', scopes)),
    }),
    none,
  );

describe('system-user tokens from the Maskinporten simulator', () => {
  useTestDatabase();

  it('issues a token for an approved system user with the claims of §1.5 (externalRef given)', async () => {
    const user = await createSystemUser();
    const { status, body } = await systemUserGrant({ systemuser_org: ownerOrg(), externalRef: user.externalRef });
    expect(status).toBe(200);
    const claims = decodeJwt(body.access_token);
    expect(claims.consumer).toEqual({ authority: 'iso6523-actorid-upis', ID: '0192:991825827' });
    expect(claims.client_id).toBe(smartcloudKey.clientId);
    expect(claims.scope).toBe('altinn:instances.read');
    expect(Array.isArray(claims.authorization_details)).toBe(true);
    expect(claims.authorization_details).toEqual([
      {
        type: 'urn:altinn:systemuser',
        systemuser_id: [user.id],
        systemuser_org: { authority: 'iso6523-actorid-upis', ID: `0192:${OWNER}` },
        system_id: '991825827_smartcloud',
      },
    ]);
    expect(typeof claims.exp).toBe('number');
    expect(claims.exp as number).toBeGreaterThan(Date.now() / 1000);
    const caller = await verifyAccessToken(body.access_token);
    expect(caller.systemUser?.systemuser_id).toEqual([user.id]);
    expect(caller.orgNo).toBe('991825827');
  });

  it('without externalRef finds the system user whose externalRef is the owner org no', async () => {
    const user = await createSystemUser({ externalRef: OWNER });
    const { status, body } = await systemUserGrant({ systemuser_org: ownerOrg() });
    expect(status).toBe(200);
    expect((decodeJwt(body.access_token).authorization_details as { systemuser_id: string[] }[])[0].systemuser_id).toEqual([user.id]);
  });

  it('no matching system user: MP-303 invalid_altinn_customer_configuration', async () => {
    const user = await createSystemUser();
    const cases = [
      { systemuser_org: ownerOrg(), externalRef: 'no-such-ref' },
      { systemuser_org: ownerOrg('310495670'), externalRef: user.externalRef },
    ];
    for (const detail of cases) {
      const { status, body } = await systemUserGrant(detail);
      expect(status).toBe(400);
      expect(body.error).toBe('invalid_altinn_customer_configuration');
      expect(body.error_description).toMatch(/^MP-303 /);
    }
    // The right owner and ref, but a client its system does not list (another vendor's client).
    const other = await systemUserGrant({ systemuser_org: ownerOrg(), externalRef: user.externalRef }, superregnskapKey);
    expect(other.body.error).toBe('invalid_altinn_customer_configuration');
  });

  it('a deleted system user, or one of a deleted system, gives MP-303', async () => {
    const deleted = await createSystemUser({ isDeleted: true });
    expect((await systemUserGrant({ systemuser_org: ownerOrg(), externalRef: deleted.externalRef })).body.error).toBe(
      'invalid_altinn_customer_configuration',
    );
  });

  it('systemuser_org must be an ISO 6523 organisation: MP-303', async () => {
    const { body } = await systemUserGrant({ systemuser_org: { authority: 'iso6523-actorid-upis', ID: OWNER } });
    expect(body.error).toBe('invalid_altinn_customer_configuration');
    expect(body.error_description).toMatch(/^MP-303 /);
  });

  describe('GET systemuser/byExternalId (the lookup Maskinporten makes)', () => {
    it('answers the external DTO with productName = systemId and no-store', async () => {
      const user = await createSystemUser();
      const response = await lookup(
        `clientId=${smartcloudKey.clientId}&systemProviderOrgNo=991825827&systemUserOwnerOrgNo=${OWNER}&externalRef=${user.externalRef}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({
        id: user.id,
        integrationTitle: 'Test integration',
        systemId: smartcloudSystem.systemId,
        productName: smartcloudSystem.systemId,
        reporteeOrgNo: OWNER,
        created: user.created.toISOString(),
        isDeleted: false,
        supplierName: '',
        supplierOrgno: '991825827',
        externalRef: user.externalRef,
        userType: 'standard',
      });
    });

    it('binds query names case-insensitively and defaults externalRef to the owner', async () => {
      const prisma = await db();
      const existing = await prisma.systemUser.findFirst({ where: { externalRef: OWNER, reporteeOrgNo: OWNER, isDeleted: false } });
      const user = existing ?? (await createSystemUser({ externalRef: OWNER }));
      const response = await lookup(`clientid=${smartcloudKey.clientId}&SYSTEMPROVIDERORGNO=991825827&systemUserOwnerOrgNo=${OWNER}`);
      expect(response.status).toBe(200);
      expect((await response.json()).id).toBe(user.id);
    });

    it('404 when nothing matches, 400 when a required parameter is missing, 403 without the lookup scope', async () => {
      const notFound = await lookup(`clientId=${smartcloudKey.clientId}&systemProviderOrgNo=312605031&systemUserOwnerOrgNo=${OWNER}`);
      expect(notFound.status).toBe(404);
      expect(notFound.headers.get('content-type')).toContain('application/problem+json');
      const missing = await lookup(`clientId=${smartcloudKey.clientId}&systemUserOwnerOrgNo=${OWNER}`);
      expect(missing.status).toBe(400);
      expect((await missing.json()).errors).toHaveProperty('systemProviderOrgNo');
      expect(
        (
          await lookup(`clientId=x&systemProviderOrgNo=991825827&systemUserOwnerOrgNo=${OWNER}`, [
            'altinn:authentication/systemuser.request.read',
          ])
        ).status,
      ).toBe(403);
    });
  });
});
