import { randomUUID } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { db } from '@/lib/db';
import { AltinnProblem } from '@/lib/errors';
import { registerProblem, systemUserExists } from '@/lib/requests/approval-rules';
import { rightDelegationFailure } from '@/lib/requests/delegation-check';
import { checkPackages, checkRights, knownOrganization } from '@/lib/requests/validate';

import { useTestDatabase } from '../support/database';
import { CATALOGUE, createOrganization, createSystem, createSystemUser, resourceRight, uniqueOrgNo } from '../support/factories';

// The checks a request's content must pass when it is made and again when it is approved (lib/requests/validate.ts),
// the register's refusal approve and the approval page compute from them (registerProblem), the "another system
// user has the triple" rule, and the code the delegation check gives for a right the approver cannot pass on.

useTestDatabase();

const RESOURCE = 'urn:altinn:resource';

/** The code of the AltinnProblem a promise rejects with (or a function throws). */
async function refusal(action: () => unknown): Promise<{ code: string; extensions: Record<string, string> } | 'accepted'> {
  try {
    await action();
    return 'accepted';
  } catch (error) {
    if (!(error instanceof AltinnProblem)) throw error;
    return { code: error.code, extensions: error.extensions };
  }
}

async function createResource(id: string, options: { resourceType: string; delegable: boolean }) {
  await (
    await db()
  ).resource.create({
    data: {
      id,
      titleNb: id,
      titleNn: id,
      titleEn: id,
      descriptionNb: 'x',
      descriptionNn: 'x',
      descriptionEn: 'x',
      ownerOrgNo: '974761076',
      ownerName: 'Skatteetaten',
      ...options,
    },
  });
}

describe('knownOrganization: the party must be an organisation in the sandbox’s ER', () => {
  it('returns the organisation for a known org number', async () => {
    const organization = await createOrganization({ name: 'Kjent Bedrift AS' });
    const prisma = await db();
    await expect(knownOrganization(prisma, organization.orgNo)).resolves.toMatchObject({
      orgNo: organization.orgNo,
      name: 'Kjent Bedrift AS',
    });
  });

  it('refuses an org number that passes mod-11 but is not in ER with AUTH-00000', async () => {
    const prisma = await db();
    expect(await refusal(() => knownOrganization(prisma, uniqueOrgNo()))).toMatchObject({ code: 'AUTH-00000' });
  });

  it('refuses an org number that fails mod-11 with AUTH-00000', async () => {
    const prisma = await db();
    expect(await refusal(() => knownOrganization(prisma, '123456789'))).toMatchObject({ code: 'AUTH-00000' });
  });
});

describe('checkRights: the requested rights must be among the system’s', () => {
  const system = (rights: { resource: { id: string; value: string }[] }[]) => ({ rights });

  it('accepts a right the system offers, and no rights at all', () => {
    const offered = system([resourceRight('ske-krav-og-betalinger'), resourceRight('ske-mva-melding')]);
    expect(() => checkRights(offered, [resourceRight('ske-mva-melding')])).not.toThrow();
    expect(() => checkRights(offered, [])).not.toThrow();
  });

  it('refuses a right whose resource the system does not offer with AUTH-00001', () => {
    const offered = system([resourceRight('ske-krav-og-betalinger')]);
    expect(() => checkRights(offered, [resourceRight('ske-mva-melding')])).toThrow(expect.objectContaining({ code: 'AUTH-00001' }));
  });

  it('matches a right’s first pair by attribute id as well as value', () => {
    // The system's right names ske-mva-melding only under another attribute id (twice); the requested right's
    // first pair is the resource ske-mva-melding, which the system does not offer.
    const offered = system([
      {
        resource: [
          { id: 'urn:altinn:org', value: 'ske-mva-melding' },
          { id: 'urn:altinn:org', value: 'ske-mva-melding' },
        ],
      },
    ]);
    const asked = {
      resource: [
        { id: RESOURCE, value: 'ske-mva-melding' },
        { id: 'urn:altinn:org', value: 'ske-mva-melding' },
      ],
    };
    expect(() => checkRights(offered, [asked])).toThrow(expect.objectContaining({ code: 'AUTH-00001' }));
  });

  it('refuses a right naming a resource the system lacks even when a system right repeats a pair to reach the same length', () => {
    // The system right names ske-krav-og-betalinger twice; the requested right names it and another resource.
    const offered = system([
      {
        resource: [
          { id: RESOURCE, value: 'ske-krav-og-betalinger' },
          { id: RESOURCE, value: 'ske-krav-og-betalinger' },
        ],
      },
    ]);
    const asked = {
      resource: [
        { id: RESOURCE, value: 'ske-mva-melding' },
        { id: RESOURCE, value: 'ske-krav-og-betalinger' },
      ],
    };
    expect(() => checkRights(offered, [asked])).toThrow(expect.objectContaining({ code: 'AUTH-00001' }));
    // The same pair under another attribute id is another pair, not the resource asked for.
    const otherAttribute = system([
      {
        resource: [
          { id: 'urn:altinn:org', value: 'ske-mva-melding' },
          { id: RESOURCE, value: 'ske-krav-og-betalinger' },
        ],
      },
    ]);
    expect(() => checkRights(otherAttribute, [asked])).toThrow(expect.objectContaining({ code: 'AUTH-00001' }));
  });
});

describe('checkPackages: the requested packages must be the system’s and assignable or delegable', () => {
  const [skattegrunnlag, merverdiavgift] = CATALOGUE.assignable;
  const [revisor, lonn] = CATALOGUE.delegable;

  it('accepts the system’s assignable packages for a standard request and delegable ones for an agent request', async () => {
    const prisma = await db();
    await expect(
      checkPackages(prisma, { accessPackages: [skattegrunnlag, merverdiavgift] }, [merverdiavgift], 'assignable'),
    ).resolves.toBeUndefined();
    await expect(checkPackages(prisma, { accessPackages: [revisor] }, [revisor], 'delegable')).resolves.toBeUndefined();
  });

  it('refuses a package asked for twice with AUTH-00063: the system has it only once', async () => {
    const prisma = await db();
    expect(
      await refusal(() => checkPackages(prisma, { accessPackages: [skattegrunnlag] }, [skattegrunnlag, skattegrunnlag], 'assignable')),
    ).toEqual({
      code: 'AUTH-00063',
      extensions: { NotFoundPackages: '' },
    });
  });

  it('names every package that may not be given, comma-separated (AUTH-00064 standard, AUTH-00065 agent)', async () => {
    const prisma = await db();
    const all = { accessPackages: [skattegrunnlag, merverdiavgift, revisor, lonn] };
    expect(await refusal(() => checkPackages(prisma, all, [revisor, skattegrunnlag, lonn], 'assignable'))).toEqual({
      code: 'AUTH-00064',
      extensions: { NotDelegablePackages: `${revisor}, ${lonn}` },
    });
    expect(await refusal(() => checkPackages(prisma, all, [skattegrunnlag, revisor, merverdiavgift], 'delegable'))).toEqual({
      code: 'AUTH-00065',
      extensions: { NotDelegablePackages: `${skattegrunnlag}, ${merverdiavgift}` },
    });
  });
});

describe('registerProblem: what the register refuses of a request today', () => {
  const [skattegrunnlag] = CATALOGUE.assignable;
  const [revisor] = CATALOGUE.delegable;
  const offered = { rights: [resourceRight('ske-krav-og-betalinger')], accessPackages: [skattegrunnlag, revisor] };

  it('refuses nothing while the system still offers what a standard or agent request asks for', async () => {
    const prisma = await db();
    const standard = { type: 'standard' as const, rights: [resourceRight('ske-krav-og-betalinger')], accessPackages: [skattegrunnlag] };
    await expect(registerProblem(prisma, offered, standard)).resolves.toBeUndefined();
    await expect(registerProblem(prisma, offered, { type: 'agent', rights: [], accessPackages: [revisor] })).resolves.toBeUndefined();
  });

  it('returns AUTH-00001 for a standard request whose right the system no longer offers', async () => {
    const prisma = await db();
    const found = await registerProblem(prisma, offered, {
      type: 'standard',
      rights: [resourceRight('ske-mva-melding')],
      accessPackages: [],
    });
    expect(found).toBeInstanceOf(AltinnProblem);
    expect(found?.code).toBe('AUTH-00001');
  });

  it('judges an agent request’s packages as delegable (AUTH-00065) and a standard or change request’s as assignable (AUTH-00064)', async () => {
    const prisma = await db();
    expect((await registerProblem(prisma, offered, { type: 'agent', rights: [], accessPackages: [skattegrunnlag] }))?.code).toBe(
      'AUTH-00065',
    );
    expect((await registerProblem(prisma, offered, { type: 'standard', rights: [], accessPackages: [revisor] }))?.code).toBe('AUTH-00064');
    expect((await registerProblem(prisma, offered, { type: 'change', rights: [], accessPackages: [revisor] }))?.code).toBe('AUTH-00064');
  });

  it('does not take a database failure for a refusal: it is thrown', async () => {
    const broken = new Error('connection lost');
    const prisma = {
      accessPackage: {
        findMany: () => Promise.reject(broken),
      },
    } as unknown as Awaited<ReturnType<typeof db>>;
    await expect(registerProblem(prisma, offered, { type: 'agent', rights: [], accessPackages: [revisor] })).rejects.toBe(broken);
  });
});

describe('systemUserExists: another active system user holds the triple', () => {
  it('is true for another system user of the same system, party and externalRef, false once it is deleted', async () => {
    const { system } = await createSystem();
    const party = await createOrganization();
    const triple = { systemInternalId: system.id, partyOrgNo: party.orgNo, externalRef: 'ref-1' };
    const prisma = await db();
    expect(await systemUserExists(prisma, triple, randomUUID())).toBe(false);
    const other = await createSystemUser({ systemInternalId: system.id, orgNo: party.orgNo, externalRef: 'ref-1' });
    expect(await systemUserExists(prisma, triple, randomUUID())).toBe(true);
    // Another externalRef or another party is another triple.
    expect(await systemUserExists(prisma, { ...triple, externalRef: 'ref-2' }, randomUUID())).toBe(false);
    await prisma.systemUser.update({ where: { id: other.id }, data: { isDeleted: true } });
    expect(await systemUserExists(prisma, triple, randomUUID())).toBe(false);
  });

  it('does not count the request’s own system user (a simultaneous approval of the same request)', async () => {
    const { system } = await createSystem();
    const party = await createOrganization();
    const own = await createSystemUser({ systemInternalId: system.id, orgNo: party.orgNo, externalRef: 'ref-own' });
    const prisma = await db();
    const triple = { systemInternalId: system.id, partyOrgNo: party.orgNo, externalRef: 'ref-own' };
    expect(await systemUserExists(prisma, triple, own.id)).toBe(false);
    expect(await systemUserExists(prisma, triple, randomUUID())).toBe(true);
  });
});

describe('rightDelegationFailure: Altinn’s code for a right the approver cannot pass on', () => {
  it('AUTH-00071 when any of the missing rights is a Maskinporten schema, even beside an ordinary one', async () => {
    expect(await rightDelegationFailure(['ske-krav-og-betalinger', 'ske-maskinporten-skattegrunnlag'])).toBe('AUTH-00071');
  });

  it('AUTH-00070 when any of them cannot be delegated, even beside a delegable one', async () => {
    await createResource('sandbox-rules-not-delegable', { resourceType: 'GenericAccessResource', delegable: false });
    expect(await rightDelegationFailure(['ske-krav-og-betalinger', 'sandbox-rules-not-delegable'])).toBe('AUTH-00070');
  });

  it('AUTH-00014 when one is not in the resource registry', async () => {
    expect(await rightDelegationFailure(['ske-krav-og-betalinger', 'sandbox-no-such-resource'])).toBe('AUTH-00014');
  });

  it('AUTH-00016 when they are ordinary delegable resources the person just does not hold', async () => {
    expect(await rightDelegationFailure(['ske-krav-og-betalinger', 'ske-krav-og-betalinger'])).toBe('AUTH-00016');
  });
});
