import 'server-only';

import { personOf } from '../access/caller';
import { authorizeParty, type PartyRef } from '../access/party';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { invalid, notFound, type ValidationErrorItem, ValidationProblem } from '../errors';
import { LIMITS } from '../limits';
import type { AgentClient, ClientInfoPage } from '../schemas/enduser';
import type { SystemUserInternalDto } from '../schemas/system-users';
import { listForParty } from '../system-users/list-for-party';
import { delegateClient } from './delegate-client';
import { listClients } from './list-clients';

// Altinn's external end-user client API (docs/altinn-behaviour.md, "Clients of an agent system user"): a
// person with an exchanged or test token carrying altinn:clientdelegations.read/.write lists the agent system
// users of an organisation, the clients they can still get, and adds or removes clients. Every call is the
// client administrator's: the person must hold that role for the organisation owning the agent (403 otherwise).

export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** The person behind the token must administer the organisation's clients (lib/access: forbidden otherwise). */
async function requireClientAdministrator(caller: Caller, party: PartyRef) {
  return authorizeParty(personOf(caller), party, 'clientAdmin');
}

/** `?agent=`: missing or the empty GUID → AUTH.VLD-00014, no such system user → 00014, not an agent → 00015. */
async function agentOrErrors(agent: string | undefined, errors: ValidationErrorItem[]) {
  if (!agent) {
    errors.push({ code: 'AUTH.VLD-00014', paths: ['?agent'] });
    return undefined;
  }
  // The empty GUID is no system user's id: the lookup answers it as it answers any unknown id.
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({ where: { id: agent, isDeleted: false } });
  if (!user) {
    errors.push({ code: 'AUTH.VLD-00014', paths: ['?agent'] });
    return undefined;
  }
  if (user.type !== 'agent') errors.push({ code: 'AUTH.VLD-00015', paths: ['?agent'] });
  return user;
}

async function checkedAgent(options: { caller: Caller; agent?: string; client?: string; needsClient: boolean }) {
  const errors: ValidationErrorItem[] = [];
  const user = await agentOrErrors(options.agent, errors);
  if (options.needsClient && (!options.client || options.client === EMPTY_GUID)) {
    errors.push({ code: 'AUTH.VLD-00016', paths: ['?client'] });
  }
  if (errors.length > 0 || !user) throw new ValidationProblem(errors);
  const access = await requireClientAdministrator(options.caller, { orgNo: user.reporteeOrgNo });
  return { user, access };
}

/** GET enduser/systemuser/agents?party={orgNo}: the organisation's active agent system users. */
export async function listAgentsForEndUser(options: { caller: Caller; party?: string }): Promise<SystemUserInternalDto[]> {
  // Altinn reads the party from the exchanged token; its documentation passes the owner's org number.
  const partyId = Number(options.caller.claims['urn:altinn:partyid']);
  if (!options.party && !Number.isSafeInteger(partyId)) throw invalid({ fields: { party: ['The party field is required.'] } });
  const party = options.party ? { orgNo: options.party } : { partyId };
  await requireClientAdministrator(options.caller, party);
  return listForParty({ person: personOf(options.caller), party, type: 'agent' });
}

async function delegatedClientIds(systemUserId: string): Promise<string[]> {
  const prisma = await db();
  const rows = await prisma.clientDelegation.findMany({ where: { systemUserId }, select: { clientId: true } });
  return rows.map((r) => r.clientId);
}

/**
 * GET enduser/systemuser/clients/available?agent=: the facilitator's clients whose relations carry every
 * package of the agent and that the agent does not have yet.
 */
export async function availableClientsForEndUser(options: { caller: Caller; agent?: string }): Promise<ClientInfoPage> {
  const { user, access } = await checkedAgent({ ...options, needsClient: false });
  const [clients, taken] = await Promise.all([
    listClients({
      person: personOf(options.caller),
      party: { orgNo: access.org.orgNo },
      facilitator: access.org.id,
      packages: user.accessPackages,
    }),
    delegatedClientIds(user.id),
  ]);
  const data = clients
    .filter((c) => !taken.includes(c.partyUuid))
    .map((c) => ({ clientId: c.partyUuid, clientOrganizationNumber: c.organizationIdentifier, clientOrganizationName: c.displayName }));
  return { links: {}, data, systemUserInformation: { systemUserId: user.id, systemUserOwnerOrg: user.reporteeOrgNo } };
}

/** GET enduser/systemuser/clients?agent=: the clients delegated to the agent system user. */
export async function delegatedClientsForEndUser(options: { caller: Caller; agent?: string }): Promise<ClientInfoPage> {
  const { user } = await checkedAgent({ ...options, needsClient: false });
  const prisma = await db();
  const rows = await prisma.clientDelegation.findMany({
    where: { systemUserId: user.id },
    include: { client: true },
    orderBy: { created: 'asc' },
    take: LIMITS.unpagedList,
  });
  const data = rows
    // The facilitator's self-delegation is not a client.
    .filter((d) => d.clientId !== d.facilitatorId)
    .map((d) => ({ clientId: d.clientId, clientOrganizationNumber: d.client.orgNo, clientOrganizationName: d.client.name }));
  return { links: {}, data, systemUserInformation: { systemUserId: user.id, systemUserOwnerOrg: user.reporteeOrgNo } };
}

/** POST enduser/systemuser/clients?agent=&client=: adds the client (AUTH-00079 / AUTH-00080 as the portal's). */
export async function addClientForEndUser(options: { caller: Caller; agent?: string; client?: string }): Promise<AgentClient> {
  const { user, access } = await checkedAgent({ ...options, needsClient: true });
  await delegateClient({
    person: personOf(options.caller),
    party: { orgNo: access.org.orgNo },
    systemUserId: user.id,
    clientId: options.client,
  });
  return { agent: user.id, client: options.client! };
}

/** DELETE enduser/systemuser/clients?agent=&client=: removes the client; none delegated → 404. */
export async function removeClientForEndUser(options: { caller: Caller; agent?: string; client?: string }): Promise<AgentClient> {
  const { user } = await checkedAgent({ ...options, needsClient: true });
  const prisma = await db();
  const removed = await prisma.clientDelegation.deleteMany({ where: { systemUserId: user.id, clientId: options.client! } });
  if (removed.count === 0) throw notFound();
  return { agent: user.id, client: options.client! };
}
