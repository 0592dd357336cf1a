import 'server-only';

import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { forbidden } from '../errors';
import type { RegisteredSystem } from '../generated/prisma/client';
import { LIMITS } from '../limits';

/** Systems that are not deleted: one vendor's all, or (for end users) every visible one. */
export async function listSystems(filter: { vendorOrgNo: string } | { visibleOnly: true }): Promise<RegisteredSystem[]> {
  return (await db()).registeredSystem.findMany({
    where: { isDeleted: false, ...('vendorOrgNo' in filter ? { vendorOrgNo: filter.vendorOrgNo } : { isVisible: true }) },
    orderBy: { systemId: 'asc' },
    take: LIMITS.unpagedList,
  });
}

/** The calling vendor's systems (GET vendor): Altinn forbids a token without an organisation here. */
export async function listOwnSystems({ caller }: { caller: Pick<Caller, 'orgNo'> }): Promise<RegisteredSystem[]> {
  if (!caller.orgNo) throw forbidden();
  return listSystems({ vendorOrgNo: caller.orgNo });
}
