import 'server-only';

import { authorizeFacilitator, type PartyCall } from '../access/party';
import { db } from '../db';
import { problem } from '../errors';
import { clientEvent, recordEvent } from '../events/outbox';
import { agentSystemUser } from './agent-system-user';

/**
 * Takes a client away from one of the party's agent system users, as its client administrator; a provider
 * named in the call must be the party (AUTH-00031); nothing to remove → AUTH-00038 "Delegation not found".
 */
export async function removeClient(
  options: PartyCall & {
    systemUserId: string;
    clientId: string;
    provider?: string;
  },
): Promise<void> {
  const access = await authorizeFacilitator(options.person, options.party, 'clientAdmin', options.provider);
  const user = await agentSystemUser({ id: options.systemUserId, facilitatorOrgNo: access.org.orgNo });
  const removed = await (
    await db()
  ).$transaction(async (tx) => {
    const removed = await tx.clientDelegation.deleteMany({ where: { systemUserId: user.id, clientId: options.clientId } });
    if (removed.count > 0) {
      // A delegation's client is an organisation (a foreign key), so one was removed only if the client exists.
      const client = await tx.organization.findUniqueOrThrow({ where: { id: options.clientId }, select: { orgNo: true } });
      await recordEvent(tx, clientEvent('client.removed', user, client.orgNo, access.org.orgNo));
    }
    return removed;
  });
  if (removed.count === 0) throw problem('AUTH-00038');
}
