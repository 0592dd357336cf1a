import { describe, expect, it } from 'vitest';

import * as approve from '@/app/authentication/api/v1/systemuser/request/[party]/[requestId]/approve/route';
import { db } from '@/lib/db';

import { useTestDatabase } from '../support/database';
import { createCustomer, createOrganization, createPerson, createSystem, resourceRight } from '../support/factories';
import { call } from '../support/routes';
import { bearer, personalToken } from '../support/tokens';
import { expectProblem, postStandard } from './helpers';

// The approval's delegation check counts what the approver really holds (issue 12, item 6): single rights,
// rights by an ER role through the resource's role policy (an app and its daglig leder), and the resources
// of the access packages the approver holds; and it gives Altinn's code for each kind of failure.

useTestDatabase();

const PKG = 'urn:altinn:accesspackage:';

async function requestFor(right: string, orgNo: string) {
  const { vendorOrgNo, system } = await createSystem({ rights: [right], packages: [] });
  const created = await postStandard(vendorOrgNo, { systemId: system.systemId, partyOrgNo: orgNo, rights: [resourceRight(right)] });
  expect(created.status).toBe(201);
  return created.json.id as string;
}

async function approveAs(pid: string, partyId: number, id: string) {
  return call(approve.POST, '/x', {
    method: 'POST',
    headers: bearer(await personalToken(pid)),
    params: { party: String(partyId), requestId: id },
  });
}

describe('the approval’s delegation check', () => {
  it('Kari Nordmann, daglig leder, approves an app’s right through the app’s role policy', async () => {
    const id = await requestFor('brg-aarsregnskap', '314248295');
    const result = await approveAs('12858540036', 50001003, id);
    expect(result.status).toBe(200);
    expect(result.json).toBe(true);
  });

  it('Ola Revisor approves a right he holds through the package regnskap-okonomi-rapport', async () => {
    const id = await requestFor('brg-aarsregnskap', '310495670');
    const result = await approveAs('03917940028', 50001004, id);
    expect(result.status).toBe(200);
  });

  it.each([
    // [name, right, roles, rights, packages, expected]
    ['an access manager without the role, the right or a package', 'brg-aarsregnskap', ['TILGANGSSTYRER'], [], [], 'AUTH-00016'],
    ['a styreleder (LEDE) through the app’s role policy', 'brg-aarsregnskap', ['TILGANGSSTYRER', 'LEDE'], [], [], 200],
    [
      'a package holder whose package lacks the resource',
      'brg-aarsregnskap',
      ['TILGANGSSTYRER'],
      [],
      [`${PKG}merverdiavgift`],
      'AUTH-00016',
    ],
    ['a package holder whose package has the resource', 'ske-krav-og-betalinger', ['TILGANGSSTYRER'], [], [`${PKG}krav-og-utlegg`], 200],
    ['a daglig leder for a resource without a role policy', 'ske-krav-og-betalinger', ['DAGL'], [], [], 'AUTH-00016'],
    ['a Maskinporten schema resource', 'ske-maskinporten-skattegrunnlag', ['DAGL'], [], [], 'AUTH-00071'],
  ] as const)('%s → $5', async (_name, right, roles, rights, packages, expected) => {
    const organization = await createOrganization();
    const person = await createPerson({ orgId: organization.id, roles: [...roles], rights: [...rights], packages: [...packages] });
    const id = await requestFor(right, organization.orgNo);
    const result = await approveAs(person.pid, organization.partyId, id);
    if (expected === 200) expect(result.status).toBe(200);
    else expectProblem(result, 403, expected);
  });

  it('AUTH-00070 for a resource that cannot be delegated', async () => {
    const prisma = await db();
    await prisma.resource.create({
      data: {
        id: 'sandbox-test-not-delegable',
        titleNb: 'x',
        titleNn: 'x',
        titleEn: 'x',
        descriptionNb: 'x',
        descriptionNn: 'x',
        descriptionEn: 'x',
        resourceType: 'GenericAccessResource',
        ownerOrgNo: '974761076',
        ownerName: 'Skatteetaten',
        delegable: false,
      },
    });
    const { organization, manager } = await createCustomer({ roles: ['DAGL'], rights: [], packages: [] });
    const id = await requestFor('sandbox-test-not-delegable', organization.orgNo);
    expectProblem(await approveAs(manager.pid, organization.partyId, id), 403, 'AUTH-00070');
  });
});
