import 'server-only';

import { db } from '../db';
import type { ProblemCode } from '../errors';

/**
 * Altinn's code for a right the approver cannot pass on (its delegation check tells the reasons apart):
 * a Maskinporten schema resource → AUTH-00071, a resource that cannot be delegated → AUTH-00070, one that is not
 * in the resource registry → AUTH-00014 (unknown error), otherwise the person has it neither by an ER role
 * nor by delegation → AUTH-00016.
 */
export async function rightDelegationFailure(missingResourceIds: string[]): Promise<ProblemCode> {
  const prisma = await db();
  const found = await prisma.resource.findMany({
    where: { id: { in: missingResourceIds } },
    select: { resourceType: true, delegable: true },
  });
  if (found.some((r) => r.resourceType === 'MaskinportenSchema')) return 'AUTH-00071';
  if (found.some((r) => !r.delegable)) return 'AUTH-00070';
  if (found.length < new Set(missingResourceIds).size) return 'AUTH-00014';
  return 'AUTH-00016';
}
