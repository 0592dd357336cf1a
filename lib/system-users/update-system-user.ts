import 'server-only';

import { personOf } from '../access/caller';
import { authorizeParty } from '../access/party';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { notFound } from '../errors';

/**
 * PUT systemuser (docs/altinn-behaviour.md, "The party's system users"): Altinn looks the system user up and answers 200 when it exists and 404
 * when not, without changing anything (its update is commented out). The sandbox does the same, for an access
 * manager of the system user's owner (403 otherwise, as the AM write policy).
 */
export async function updateSystemUser(options: { caller: Caller; id: string }): Promise<void> {
  const person = personOf(options.caller);
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({ where: { id: options.id, isDeleted: false } });
  if (!user) throw notFound();
  await authorizeParty(person, { orgNo: user.reporteeOrgNo }, 'accessManager');
}
