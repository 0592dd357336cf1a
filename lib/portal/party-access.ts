import 'server-only';
import { db } from '../db';
import { HttpProblem } from '../errors';
import { personAccess } from '../parties/person-access';

// Altinn's PDP policies of the portal routes, decided by the shared personAccess: "AM read/write" needs an
// access manager, "ClientAdmin" a client administrator, and any role at all lets the person act for the party.

export type PartyPolicy = 'represent' | 'accessManager' | 'clientAdmin';

export interface PartyAccess {
  org: { id: string; orgNo: string; name: string; partyId: number; unitType: string };
  person: { id: string; pid: string; name: string; userId: number; partyId: number };
  isAccessManager: boolean;
  isClientAdmin: boolean;
  /** Resource ids and package URNs the person holds for the organisation. */
  rights: string[];
  packages: string[];
}

/** Who the person is to the organisation given by party id or org number; undefined when unknown or unrelated. */
export async function readPartyAccess(options: { pid: string; partyId?: number; orgNo?: string }): Promise<PartyAccess | undefined> {
  const prisma = await db();
  const where =
    options.partyId !== undefined ? { partyId: options.partyId } : options.orgNo !== undefined ? { orgNo: options.orgNo } : undefined;
  if (!where) return undefined;
  const [org, person] = await Promise.all([
    prisma.organization.findUnique({ where }),
    prisma.person.findUnique({ where: { pid: options.pid } }),
  ]);
  if (!org || !person) return undefined;
  const access = await personAccess({ pid: person.pid, orgNo: org.orgNo });
  if (!access.canRepresent) return undefined;
  return {
    org: { id: org.id, orgNo: org.orgNo, name: org.name, partyId: org.partyId, unitType: org.unitType },
    person: { id: person.id, pid: person.pid, name: person.name, userId: person.userId, partyId: person.partyId },
    isAccessManager: access.isAccessManager,
    isClientAdmin: access.isClientAdministrator,
    rights: access.rights,
    packages: access.packages,
  };
}

/** The PDP decision of a route: a denied person gets 403 with no body, as ASP.NET's Forbid() gives. */
export async function requirePartyAccess(options: { pid: string; partyId: number; policy: PartyPolicy }): Promise<PartyAccess> {
  const access = await readPartyAccess(options);
  const permitted =
    access &&
    (options.policy === 'represent' ||
      (options.policy === 'accessManager' && access.isAccessManager) ||
      (options.policy === 'clientAdmin' && access.isClientAdmin));
  if (!permitted) throw new HttpProblem(403);
  return access;
}

/** Every organisation the person may act for, for the party picker. */
export async function listRepresentedParties(options: { pid: string }) {
  const prisma = await db();
  const person = await prisma.person.findUnique({
    where: { pid: options.pid },
    include: { roles: { include: { organization: true } } },
  });
  if (!person) return [];
  const byOrg = new Map<string, { orgNo: string; name: string; partyId: number; unitType: string; roles: string[] }>();
  for (const role of person.roles) {
    const o = role.organization;
    const entry = byOrg.get(o.orgNo) ?? { orgNo: o.orgNo, name: o.name, partyId: o.partyId, unitType: o.unitType, roles: [] };
    entry.roles.push(role.code);
    byOrg.set(o.orgNo, entry);
  }
  return [...byOrg.values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The person behind a portal token; a token without one cannot pass a party policy. */
export function callerPid(caller: { person?: { pid: string } }): string {
  if (!caller.person) throw new HttpProblem(403);
  return caller.person.pid;
}
