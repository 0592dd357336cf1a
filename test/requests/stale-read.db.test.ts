import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Person } from '@/lib/access/caller';
import { db } from '@/lib/db';
import { AltinnProblem } from '@/lib/errors';
import { approveRequest } from '@/lib/requests/approve-request';
import type * as PartyRequestModule from '@/lib/requests/party-request';
import { rejectRequest } from '@/lib/requests/reject-request';

import { makeOrg, makePerson, makeSystem } from '../portal/factories';
import { useTestDatabase } from '../support/database';

// Approve and reject each read the request, then write. When the other one writes in between, what was read is
// stale: the write itself must still refuse (AUTH-00013), whatever the read said. Here the read is held back
// on purpose, so the interleaving that a race produces only now and then happens every time.

const stale = vi.hoisted(() => ({ snapshot: undefined as unknown }));

vi.mock('@/lib/requests/party-request', async (importOriginal) => {
  const actual = await importOriginal<typeof PartyRequestModule>();
  return {
    ...actual,
    loadPartyRequest: async (options: Parameters<typeof actual.loadPartyRequest>[0]) =>
      (stale.snapshot as Awaited<ReturnType<typeof actual.loadPartyRequest>> | undefined) ?? actual.loadPartyRequest(options),
  };
});

useTestDatabase();

const PKG = 'urn:altinn:accesspackage:regnskapsforer-lonn';
let org: Awaited<ReturnType<typeof makeOrg>>;
let manager: Person;
let systemInternalId: string;

beforeAll(async () => {
  org = await makeOrg();
  const p = await makePerson({ orgId: org.id, roles: ['TILGANGSSTYRER'] });
  manager = { pid: p.pid, userId: p.userId, partyId: p.partyId };
  systemInternalId = (await makeSystem({ vendorOrgNo: '312605031', rights: [], packages: [PKG] })).id;
}, 120_000);

async function newRequest(): Promise<string> {
  const id = crypto.randomUUID();
  await (
    await db()
  ).request.create({
    data: { id, type: 'agent', systemInternalId, partyOrgNo: org.orgNo, externalRef: `stale-${id}`, accessPackages: [PKG], status: 'New' },
  });
  return id;
}

async function readNow(id: string) {
  const { loadPartyRequest } = await import('@/lib/requests/party-request');
  return loadPartyRequest({ id, person: manager, partyId: org.partyId, kind: 'agent' });
}

const codeOf = (error: unknown) => (error instanceof AltinnProblem ? error.code : error);

describe('a stale read never wins over a decision written in between', () => {
  it('reject after an approval it did not see: AUTH-00013, the request stays Accepted', async () => {
    const id = await newRequest();
    const seen = await readNow(id);
    await approveRequest({ id, person: manager, partyId: org.partyId });
    stale.snapshot = seen;
    try {
      expect(codeOf(await rejectRequest({ id, person: manager, partyId: org.partyId }).catch((e: unknown) => e))).toBe('AUTH-00013');
    } finally {
      stale.snapshot = undefined;
    }
    expect(await (await db()).request.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'Accepted' });
  });

  it('approve after a rejection it did not see: AUTH-00013, the request stays Rejected and no system user exists', async () => {
    const id = await newRequest();
    const seen = await readNow(id);
    await rejectRequest({ id, person: manager, partyId: org.partyId });
    stale.snapshot = seen;
    try {
      expect(codeOf(await approveRequest({ id, person: manager, partyId: org.partyId }).catch((e: unknown) => e))).toBe('AUTH-00013');
    } finally {
      stale.snapshot = undefined;
    }
    const prisma = await db();
    expect(await prisma.request.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'Rejected' });
    expect(await prisma.systemUser.findUnique({ where: { id } })).toBeNull();
  });
});
