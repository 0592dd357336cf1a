import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import type { Person } from '@/lib/access/caller';
import { type PartyPolicy, readPartyAccess } from '@/lib/access/party';
import { personAccess } from '@/lib/access/roles';
import { vendorSystem } from '@/lib/access/vendor';
import { getPartyChangeRequest } from '@/lib/change-requests/get-party-change-request';
import { delegateClient } from '@/lib/client-delegation/delegate-client';
import {
  addClientForEndUser,
  availableClientsForEndUser,
  delegatedClientsForEndUser,
  listAgentsForEndUser,
  removeClientForEndUser,
} from '@/lib/client-delegation/enduser';
import { listClients } from '@/lib/client-delegation/list-clients';
import { listDelegations } from '@/lib/client-delegation/list-delegations';
import { removeClient } from '@/lib/client-delegation/remove-client';
import { selfDelegation } from '@/lib/client-delegation/self-delegation';
import { db } from '@/lib/db';
import { AltinnProblem, DomainError } from '@/lib/errors';
import type { RoleCode } from '@/lib/generated/prisma/enums';
import { approveRequest } from '@/lib/requests/approve-request';
import { getPartyRequest } from '@/lib/requests/get-party-request';
import { listPendingRequests } from '@/lib/requests/list-pending-requests';
import { rejectRequest } from '@/lib/requests/reject-request';
import { createSystemUser } from '@/lib/system-users/create-system-user';
import { deleteSystemUser } from '@/lib/system-users/delete-system-user';
import { getSystemUser, getSystemUserDelegations } from '@/lib/system-users/get-system-user';
import { listForParty } from '@/lib/system-users/list-for-party';
import { updateSystemUser } from '@/lib/system-users/update-system-user';

import { makeAgentSystemUser, makeOrg, makePerson, makeSystem } from '../portal/factories';
import { useTestDatabase } from '../support/database';

// The walls between organisations, held by the domain functions themselves (lib/access): every function that
// reads or writes for a party is tried by a person with each single role and by one with none, and every
// party-scoped object is tried by a person of another organisation, or another facilitator.

useTestDatabase();

const PKG = 'urn:altinn:accesspackage:';
const REGN = `${PKG}regnskapsforer-lonn`;
const missing = () => crypto.randomUUID();
/** A verified personal token's caller, for the functions that take the token itself. */
const asCaller = (person: Person) => ({ claims: {}, scopes: [], person });

type Org = Awaited<ReturnType<typeof makeOrg>>;
let orgA: Org;
let orgB: Org;
let agentOfA: string;
let standardOfA: string;
let requestOfA: string;
type Role = 'represent' | 'accessManager' | 'clientAdmin';
const people: Record<'none' | 'represent' | 'accessManager' | 'clientAdmin' | 'managerOfB', Person> = {} as never;

async function personWith(orgId: string, roles: RoleCode[]): Promise<Person> {
  const p = await makePerson({ orgId, roles });
  return { pid: p.pid, userId: p.userId, partyId: p.partyId };
}

beforeAll(async () => {
  orgA = await makeOrg('Fasilitator A');
  orgB = await makeOrg('Fasilitator B');
  people.none = await personWith(orgB.id, ['REPRESENTANT']);
  people.represent = await personWith(orgA.id, ['REPRESENTANT']);
  people.accessManager = await personWith(orgA.id, ['TILGANGSSTYRER']);
  people.clientAdmin = await personWith(orgA.id, ['KLIENTADMINISTRATOR']);
  // Access manager and client administrator of B (DAGL carries both), and of nothing at A.
  people.managerOfB = await personWith(orgB.id, ['DAGL']);

  const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: [REGN] });
  agentOfA = (await makeAgentSystemUser({ orgNo: orgA.orgNo, systemInternalId: system.id, packages: [REGN] })).id;
  const prisma = await db();
  const client = await makeOrg('Klient');
  await prisma.clientRelation.create({ data: { facilitatorId: orgA.id, clientId: client.id, roleCode: 'REGN', accessPackages: [REGN] } });
  await prisma.clientDelegation.create({
    data: { id: crypto.randomUUID(), systemUserId: agentOfA, clientId: client.id, facilitatorId: orgA.id },
  });
  const standard = await makeSystem({ vendorOrgNo: '991825827', rights: [], packages: [`${PKG}skattegrunnlag`] });
  standardOfA = crypto.randomUUID();
  await prisma.systemUser.create({
    data: {
      id: standardOfA,
      type: 'standard',
      integrationTitle: 'A sin',
      systemInternalId: standard.id,
      reporteeOrgNo: orgA.orgNo,
      externalRef: orgA.orgNo,
    },
  });
  requestOfA = crypto.randomUUID();
  await prisma.request.create({
    data: {
      id: requestOfA,
      type: 'agent',
      systemInternalId: system.id,
      partyOrgNo: orgA.orgNo,
      externalRef: `r-${requestOfA}`,
      accessPackages: [REGN],
      status: 'New',
    },
  });
}, 120_000);

/** The party-scoped domain functions, the policy each must enforce, and a call that changes nothing. */
const PARTY_SCOPED: { name: string; policy: PartyPolicy; call: (person: Person) => Promise<unknown> }[] = [
  {
    name: 'listForParty',
    policy: 'accessManager',
    call: (person) => listForParty({ person, party: { partyId: orgA.partyId }, type: 'standard' }),
  },
  {
    name: 'listForParty (agent)',
    policy: 'represent',
    call: (person) => listForParty({ person, party: { partyId: orgA.partyId }, type: 'agent' }),
  },
  {
    name: 'getSystemUser',
    policy: 'represent',
    call: (person) => getSystemUser({ person, party: { partyId: orgA.partyId }, id: missing() }),
  },
  {
    name: 'getSystemUserDelegations',
    policy: 'accessManager',
    call: (person) => getSystemUserDelegations({ person, party: { partyId: orgA.partyId }, id: missing() }),
  },
  {
    name: 'createSystemUser',
    policy: 'accessManager',
    call: (person) => createSystemUser({ person, party: { partyId: orgA.partyId }, systemId: 'none_x' }),
  },
  {
    name: 'deleteSystemUser',
    policy: 'accessManager',
    call: (person) => deleteSystemUser({ person, party: { partyId: orgA.partyId }, id: missing(), type: 'standard' }),
  },
  {
    name: 'delegateClient',
    policy: 'clientAdmin',
    call: (person) => delegateClient({ person, party: { partyId: orgA.partyId }, systemUserId: missing(), clientId: missing() }),
  },
  {
    name: 'removeClient',
    policy: 'clientAdmin',
    call: (person) => removeClient({ person, party: { partyId: orgA.partyId }, systemUserId: missing(), clientId: missing() }),
  },
  {
    name: 'listClients',
    policy: 'clientAdmin',
    call: (person) => listClients({ person, party: { partyId: orgA.partyId }, facilitator: orgA.id }),
  },
  {
    name: 'listDelegations',
    policy: 'clientAdmin',
    call: (person) => listDelegations({ person, party: { partyId: orgA.partyId }, systemUserId: missing() }),
  },
  {
    name: 'getPartyRequest',
    policy: 'accessManager',
    call: (person) => getPartyRequest({ person, partyId: orgA.partyId, id: missing(), type: 'standard' }),
  },
  {
    name: 'listPendingRequests',
    policy: 'accessManager',
    call: (person) => listPendingRequests({ person, partyId: orgA.partyId, orgNo: orgA.orgNo, type: 'agent' }),
  },
  {
    name: 'getPartyChangeRequest',
    policy: 'accessManager',
    call: (person) => getPartyChangeRequest({ person, partyId: orgA.partyId, id: missing() }),
  },
  { name: 'approveRequest', policy: 'accessManager', call: (person) => approveRequest({ person, partyId: orgA.partyId, id: missing() }) },
  { name: 'rejectRequest', policy: 'accessManager', call: (person) => rejectRequest({ person, partyId: orgA.partyId, id: missing() }) },
  {
    name: 'selfDelegation',
    policy: 'accessManager',
    call: (person) => selfDelegation({ person, party: { partyId: orgA.partyId }, systemUserId: missing(), action: 'read' }),
  },
  // The routes of the end-user client API and PUT systemuser take the verified token itself.
  { name: 'updateSystemUser', policy: 'accessManager', call: (person) => updateSystemUser({ caller: asCaller(person), id: agentOfA }) },
  {
    name: 'listAgentsForEndUser',
    policy: 'clientAdmin',
    call: (person) => listAgentsForEndUser({ caller: asCaller(person), party: orgA.orgNo }),
  },
  {
    name: 'availableClientsForEndUser',
    policy: 'clientAdmin',
    call: (person) => availableClientsForEndUser({ caller: asCaller(person), agent: agentOfA }),
  },
  {
    name: 'delegatedClientsForEndUser',
    policy: 'clientAdmin',
    call: (person) => delegatedClientsForEndUser({ caller: asCaller(person), agent: agentOfA }),
  },
  {
    name: 'addClientForEndUser',
    policy: 'clientAdmin',
    call: (person) => addClientForEndUser({ caller: asCaller(person), agent: agentOfA, client: missing() }),
  },
  {
    name: 'removeClientForEndUser',
    policy: 'clientAdmin',
    call: (person) => removeClientForEndUser({ caller: asCaller(person), agent: agentOfA, client: missing() }),
  },
];

/**
 * Functions that take a person but answer a missing role in their own way, not with `forbidden`: the approval
 * page's explanation, the escalation (false), and the internal request reads (AUTH-00066). Tested elsewhere.
 */
const OWN_ANSWER = ['approvalCheck', 'escalateRequest', 'getInternalRequest', 'getInternalChangeRequest'];

/** Functions that take a person but act for no party: lib/access itself, its helper for approve and reject, the
 * party picker's list of the person's own parties, and the test-token generator. */
const NOT_PARTY_SCOPED = ['readPartyAccess', 'loadPartyRequest', 'listRepresentedParties', 'personalToken'];

function libFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? libFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every exported function of lib/ whose options name a `person`. */
function functionsTakingAPerson(): string[] {
  const found: string[] = [];
  for (const file of libFiles(path.resolve(import.meta.dirname, '../../lib'))) {
    const text = readFileSync(file, 'utf8');
    const usesPolicies = text.includes("from '../access/party'");
    for (const match of text.matchAll(/export async function (\w+)\(\s*(?:options|input): ([^)]*)\)/g)) {
      if (/\bPartyCall\b|\bperson: Person\b|\bpid: string\b/.test(match[2]) || (usesPolicies && /\bcaller: Caller\b/.test(match[2]))) {
        found.push(match[1]);
      }
    }
  }
  return [...new Set(found)].sort();
}

const code = (outcome: unknown) => (outcome instanceof AltinnProblem ? outcome.code : outcome);
const refusal = (outcome: unknown) => outcome instanceof DomainError && outcome.failure === 'forbidden';

describe('the party policies, enforced by every party-scoped domain function', () => {
  it('lists every function of lib/ that acts for a party as a person', () => {
    const listed = new Set([...PARTY_SCOPED.map((f) => f.name.replace(/ \(.*\)$/, '')), ...OWN_ANSWER, ...NOT_PARTY_SCOPED]);
    const found = functionsTakingAPerson();
    expect(found.filter((name) => !listed.has(name))).toEqual([]);
    // The scan itself finds the listed functions, so the check above cannot pass by finding nothing.
    expect(found).toEqual(expect.arrayContaining(PARTY_SCOPED.map((f) => f.name.replace(/ \(.*\)$/, ''))));
  });

  // Who passes which policy, written out rather than asked of lib/access, so a wrong policy cannot agree with itself.
  const PASSES: Record<PartyPolicy, Role[]> = {
    represent: ['represent', 'accessManager', 'clientAdmin'],
    accessManager: ['accessManager'],
    clientAdmin: ['clientAdmin'],
  };

  for (const fn of PARTY_SCOPED) {
    it(`${fn.name} refuses a person without the ${fn.policy} role, and lets one with it through`, async () => {
      expect(refusal(await fn.call(people.none).catch((e: unknown) => e)), 'a person of another organisation').toBe(true);
      for (const role of ['represent', 'accessManager', 'clientAdmin'] as const) {
        const outcome = await fn.call(people[role]).catch((e: unknown) => e);
        expect(refusal(outcome), `${role} under ${fn.policy}`).toBe(!PASSES[fn.policy].includes(role));
      }
    });
  }
});

describe('the walls between organisations and between facilitators', () => {
  const fromB = () => ({ person: people.managerOfB, party: { partyId: orgB.partyId } });

  it("another organisation's system user is missing for a person of another organisation, whatever their role", async () => {
    expect(code(await getSystemUser({ ...fromB(), id: standardOfA }).catch((e: unknown) => e))).toBe('AUTH-00015');
    expect(code(await getSystemUserDelegations({ ...fromB(), id: standardOfA }).catch((e: unknown) => e))).toBe('AUTH-00015');
    expect(code(await deleteSystemUser({ ...fromB(), id: standardOfA, type: 'standard' }).catch((e: unknown) => e))).toBe('AUTH-00024');
    expect((await listForParty({ ...fromB(), type: 'standard' })).map((u) => u.id)).not.toContain(standardOfA);
    expect((await listForParty({ ...fromB(), type: 'agent' })).map((u) => u.id)).not.toContain(agentOfA);
    expect(await (await db()).systemUser.findUnique({ where: { id: standardOfA } })).toMatchObject({ isDeleted: false });
  });

  it('another facilitator can neither list, add nor remove the clients of an agent system user, nor delete it', async () => {
    const client = (await (await db()).clientDelegation.findFirstOrThrow({ where: { systemUserId: agentOfA } })).clientId;
    expect(code(await listDelegations({ ...fromB(), systemUserId: agentOfA }).catch((e: unknown) => e))).toBe('AUTH-00015');
    expect(code(await delegateClient({ ...fromB(), systemUserId: agentOfA, clientId: client }).catch((e: unknown) => e))).toBe(
      'AUTH-00015',
    );
    expect(code(await removeClient({ ...fromB(), systemUserId: agentOfA, clientId: client }).catch((e: unknown) => e))).toBe('AUTH-00015');
    expect(code(await deleteSystemUser({ ...fromB(), id: agentOfA, type: 'agent' }).catch((e: unknown) => e))).toBe('AUTH-00024');
    // Naming A as the facilitator while acting for B is refused before anything is looked up.
    expect(code(await listClients({ ...fromB(), facilitator: orgA.id }).catch((e: unknown) => e))).toBe('AUTH-00031');
    expect(
      code(await removeClient({ ...fromB(), systemUserId: agentOfA, clientId: client, provider: orgA.id }).catch((e: unknown) => e)),
    ).toBe('AUTH-00031');
    expect(await (await db()).clientDelegation.count({ where: { systemUserId: agentOfA } })).toBe(1);
  });

  it("another organisation's request cannot be read, approved or rejected through one's own party", async () => {
    const asB = { person: people.managerOfB, partyId: orgB.partyId, id: requestOfA };
    expect(code(await getPartyRequest({ ...asB, type: 'agent' }).catch((e: unknown) => e))).toBe('AUTH-00010');
    expect(code(await approveRequest({ ...asB, type: 'agent' }).catch((e: unknown) => e))).toBe('AUTH-00042');
    expect(code(await rejectRequest({ ...asB, type: 'agent' }).catch((e: unknown) => e))).toBe('AUTH-00042');
    // Without a party (the portal) the request's own party decides: B's manager is not A's access manager.
    expect(refusal(await approveRequest({ person: people.managerOfB, id: requestOfA }).catch((e: unknown) => e))).toBe(true);
    expect(await listPendingRequests({ person: people.managerOfB, partyId: orgB.partyId, orgNo: orgA.orgNo, type: 'agent' })).toEqual([]);
    expect(await (await db()).request.findUnique({ where: { id: requestOfA } })).toMatchObject({ status: 'New' });
  });
});

describe('approve and reject racing on one request', () => {
  it('exactly one of them wins, and the request and system users agree with the winner', async () => {
    const prisma = await db();
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: [REGN] });
    for (let round = 0; round < 6; round++) {
      const id = crypto.randomUUID();
      await prisma.request.create({
        data: {
          id,
          type: 'agent',
          systemInternalId: system.id,
          partyOrgNo: orgA.orgNo,
          externalRef: `race-${id}`,
          accessPackages: [REGN],
          status: 'New',
        },
      });
      const options = { id, person: people.accessManager, partyId: orgA.partyId };
      // Reject starts a little later each round, so it reads the request before, while and after approve writes.
      const [approved, rejected] = await Promise.allSettled([
        approveRequest(options),
        new Promise((resolve) => setTimeout(resolve, round * 3)).then(() => rejectRequest(options)),
      ]);
      const winners = [approved, rejected].filter((r) => r.status === 'fulfilled');
      expect(winners, `round ${round}`).toHaveLength(1);
      const loser = [approved, rejected].find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(code(loser.reason)).toBe('AUTH-00013');
      const stored = await prisma.request.findUniqueOrThrow({ where: { id } });
      const user = await prisma.systemUser.findUnique({ where: { id } });
      if (approved.status === 'fulfilled') {
        expect(stored.status).toBe('Accepted');
        expect(user).not.toBeNull();
      } else {
        expect(stored.status).toBe('Rejected');
        expect(user).toBeNull();
      }
    }
  });
});

describe('the roles behind the policies', () => {
  it('reads each role: one that grants a policy among others that do not still grants it', async () => {
    const org = await makeOrg('Roller AS');
    const expectations: [RoleCode[], { isAccessManager: boolean; isClientAdministrator: boolean }][] = [
      [['HOVEDADMINISTRATOR'], { isAccessManager: true, isClientAdministrator: true }],
      [['DAGL'], { isAccessManager: true, isClientAdministrator: true }],
      [['REPRESENTANT', 'TILGANGSSTYRER'], { isAccessManager: true, isClientAdministrator: false }],
      [['REPRESENTANT', 'KLIENTADMINISTRATOR'], { isAccessManager: false, isClientAdministrator: true }],
      [['REPRESENTANT'], { isAccessManager: false, isClientAdministrator: false }],
    ];
    for (const [roles, expected] of expectations) {
      const p = await makePerson({
        orgId: org.id,
        roles,
        rights: ['ske-mva-melding', 'brg-aarsregnskap'],
        packages: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`],
      });
      const access = await personAccess({ pid: p.pid, orgNo: org.orgNo });
      expect(access, roles.join('+')).toMatchObject({ canRepresent: true, ...expected });
      expect([...access.roles].sort()).toEqual([...roles].sort());
      // What the person holds, sorted (ER roles may carry more rights of their own).
      expect(access.rights).toEqual(expect.arrayContaining(['brg-aarsregnskap', 'ske-mva-melding']));
      expect(access.rights).toEqual([...access.rights].sort());
      expect(access.packages).toEqual(expect.arrayContaining([`${PKG}merverdiavgift`, `${PKG}skattegrunnlag`]));
      expect(access.packages).toEqual([...access.packages].sort());
    }
  });

  it('a person with a package and no role holds its resources, yet may not represent the party', async () => {
    const org = await makeOrg('Bare pakke AS');
    const p = await makePerson({ orgId: org.id, roles: [], packages: [`${PKG}skattegrunnlag`] });
    expect(await personAccess({ pid: p.pid, orgNo: org.orgNo })).toEqual({
      canRepresent: false,
      isAccessManager: false,
      isClientAdministrator: false,
      roles: [],
      rights: ['ske-innrapportering-skattegrunnlag'],
      packages: [`${PKG}skattegrunnlag`],
    });
  });

  it('an ER role gives exactly the resources whose policy names it, and a role no policy names gives none', async () => {
    const org = await makeOrg('Bare rolle AS');
    const leader = await makePerson({ orgId: org.id, roles: ['DAGL'] });
    const manager = await makePerson({ orgId: org.id, roles: ['TILGANGSSTYRER'] });
    expect((await personAccess({ pid: leader.pid, orgNo: org.orgNo })).rights).toEqual(['brg-aarsregnskap']);
    expect((await personAccess({ pid: manager.pid, orgNo: org.orgNo })).rights).toEqual([]);
  });

  it('an unknown party is AUTH-00000 before any policy; a facilitator id that is the party itself passes', async () => {
    const unknownParty = 999_999_999;
    const outcome = await getPartyRequest({ person: people.accessManager, partyId: unknownParty, id: missing(), type: 'standard' }).catch(
      (e: unknown) => e,
    );
    expect(code(outcome)).toBe('AUTH-00000');
    expect(await listClients({ person: people.clientAdmin, party: { partyId: orgA.partyId }, facilitator: orgA.id })).toHaveLength(1);
    const read = await readPartyAccess({ pid: people.accessManager.pid, party: { partyId: orgA.partyId } });
    expect(read?.person).toMatchObject({
      pid: people.accessManager.pid,
      userId: people.accessManager.userId,
      partyId: people.accessManager.partyId,
    });
    expect(await readPartyAccess({ pid: '00000000000', party: { partyId: orgA.partyId } })).toBeUndefined();
    expect(await readPartyAccess({ pid: people.accessManager.pid, party: { partyId: unknownParty } })).toBeUndefined();
  });
});

describe('the calls that name only the object, and self-delegation, for a manager of another organisation', () => {
  const managerOfB = () => asCaller(people.managerOfB);

  it("refuse A's agent and standard system users to B's manager, who holds every role at B, and change nothing", async () => {
    const prisma = await db();
    const before = await prisma.clientDelegation.findMany({ where: { systemUserId: agentOfA }, orderBy: { id: 'asc' } });
    const client = before[0].clientId;
    const outcomes = [
      await updateSystemUser({ caller: managerOfB(), id: standardOfA }).catch((e: unknown) => e),
      await updateSystemUser({ caller: managerOfB(), id: agentOfA }).catch((e: unknown) => e),
      await availableClientsForEndUser({ caller: managerOfB(), agent: agentOfA }).catch((e: unknown) => e),
      await delegatedClientsForEndUser({ caller: managerOfB(), agent: agentOfA }).catch((e: unknown) => e),
      await addClientForEndUser({ caller: managerOfB(), agent: agentOfA, client: orgB.id }).catch((e: unknown) => e),
      await removeClientForEndUser({ caller: managerOfB(), agent: agentOfA, client }).catch((e: unknown) => e),
      // Through B's own party: A's agent system user is not B's to read, delegate to or revoke.
      ...(await Promise.all(
        (['read', 'delegate', 'revoke'] as const).map((action) =>
          selfDelegation({ person: people.managerOfB, party: { partyId: orgB.partyId }, systemUserId: agentOfA, action }).catch(
            (e: unknown) => e,
          ),
        ),
      )),
    ];
    expect(outcomes.map(refusal)).toEqual(outcomes.map(() => true));
    expect(await prisma.clientDelegation.findMany({ where: { systemUserId: agentOfA }, orderBy: { id: 'asc' } })).toEqual(before);
  });

  it("lists only B's own agent system users to B's manager, never A's", async () => {
    const listed = await listAgentsForEndUser({ caller: managerOfB(), party: orgB.orgNo });
    expect(listed.map((u) => u.id)).not.toContain(agentOfA);
    expect(refusal(await listAgentsForEndUser({ caller: managerOfB(), party: orgA.orgNo }).catch((e: unknown) => e))).toBe(true);
  });
});

describe("a vendor's wall", () => {
  it("gives a vendor its own system, and another vendor's or a missing one as AUTH-00011", async () => {
    const system = await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: [] });
    expect((await vendorSystem({ vendorOrgNo: '312605031', systemId: system.systemId })).id).toBe(system.id);
    expect(code(await vendorSystem({ vendorOrgNo: '991825827', systemId: system.systemId }).catch((e: unknown) => e))).toBe('AUTH-00011');
    expect(code(await vendorSystem({ vendorOrgNo: '312605031', systemId: '312605031_none' }).catch((e: unknown) => e))).toBe('AUTH-00011');
  });
});
