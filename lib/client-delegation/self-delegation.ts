import 'server-only';

import { randomUUID } from 'node:crypto';

import type { Person } from '../access/caller';
import { authorizeParty, type PartyRef } from '../access/party';
import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { forbidden, invalid, problem } from '../errors';
import { checkPackages } from '../requests/validate';

// Self-delegation (Altinn's systemuser/agent/{party}/{systemUserId}/self, AM write): the facilitator gives its
// agent system user the agent's access packages for the facilitator itself, as if it were a standard system
// user, so the packages must be assignable (client-only packages such as ansvarlig-revisor are AUTH-00064).
// The sandbox keeps it as a client delegation whose client is the facilitator; client lists leave it out.
// The API route and the agent system user's page both call it with the acting person.

export type SelfDelegationAction = 'read' | 'delegate' | 'revoke';

export async function selfDelegation(options: {
  person: Person;
  party: PartyRef;
  systemUserId: string;
  action: SelfDelegationAction;
}): Promise<boolean> {
  const access = await authorizeParty(options.person, options.party, 'accessManager');
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({
    where: { id: options.systemUserId, isDeleted: false },
    include: { system: true },
  });
  if (!user) throw invalid({ fields: { return: [`SystemUser with Id ${options.systemUserId} Not Found`] } });
  if (user.reporteeOrgNo !== access.org.orgNo) throw forbidden();
  const where = { systemUserId_clientId: { systemUserId: user.id, clientId: access.org.id } };

  if (options.action === 'read') return (await prisma.clientDelegation.findUnique({ where })) !== null;
  if (user.type !== 'agent') throw problem('AUTH-00034');
  if (options.action === 'revoke') {
    await prisma.clientDelegation.deleteMany({ where: { systemUserId: user.id, clientId: access.org.id } });
    return true;
  }
  if (user.accessPackages.length === 0) throw problem('AUTH-00063');
  await checkPackages(prisma, user.system, user.accessPackages, 'assignable');
  try {
    await prisma.clientDelegation.upsert({
      where,
      update: {},
      create: {
        id: randomUUID(),
        systemUserId: user.id,
        clientId: access.org.id,
        facilitatorId: access.org.id,
        createdBy: `user_id:${access.person.userId}`,
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return true;
}
