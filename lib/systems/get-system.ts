import 'server-only';
import { db } from '../db';
import type { RegisteredSystem } from '../generated/prisma/client';

/** A system by its id, deleted or not (Altinn's GET-by-id does not filter deleted systems). */
export async function getSystem({ systemId }: { systemId: string }): Promise<RegisteredSystem | null> {
  return (await db()).registeredSystem.findUnique({ where: { systemId } });
}
