import 'server-only';

import { randomUUID } from 'node:crypto';

import { mayWriteSystem } from '../access/vendor';
import type { Caller } from '../auth/verify-token';
import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { conflict, forbidden, type ValidationErrorItem, ValidationProblem } from '../errors';
import type { RegisterSystemInput } from '../schemas/systems';
import { recordSystemChange } from './change-log';
import { storedSystem } from './stored-system';
import { claimClientIds, clientIdsInUse, PATHS, validateAccessPackages, validateRedirectUrls, validateRights } from './validate-system';

const VENDOR_ID = /^0192:(\d{9})$/;

/** Registers a new system (docs/altinn-behaviour.md, "The system register" create) and returns its internal id. */
export async function registerSystem({ caller, system }: { caller: Caller; system: RegisterSystemInput }): Promise<string> {
  const vendor = VENDOR_ID.exec(system.vendor.ID);
  if (!vendor) throw new ValidationProblem([{ code: 'AUTH.VLD-00000', paths: [PATHS.vendorId] }]);
  const vendorOrgNo = vendor[1];

  const prisma = await db();
  const errors: ValidationErrorItem[] = [];
  if (system.id.includes(' ')) errors.push({ code: 'AUTH.VLD-00013', paths: [PATHS.systemId] });
  if (system.id.split('_')[0] !== vendorOrgNo || !system.id.includes('_')) {
    errors.push({ code: 'AUTH.VLD-00001', paths: [PATHS.systemId] });
  }
  if (await prisma.registeredSystem.findUnique({ where: { systemId: system.id }, select: { id: true } })) {
    errors.push({ code: 'AUTH.VLD-00002', paths: [PATHS.systemId] });
  }
  errors.push(...validateRedirectUrls(system.allowedRedirectUrls));
  if ((await clientIdsInUse(system.clientId)).length) errors.push({ code: 'AUTH.VLD-00004', paths: [PATHS.clientId] });
  errors.push(...(await validateRights(system.rights)));
  errors.push(...(await validateAccessPackages(system.accessPackages, system.isVisible)));

  // Altinn checks ownership after collecting the problems but before reporting them: a foreign vendor is forbidden.
  if (!mayWriteSystem(caller, vendorOrgNo)) throw forbidden();
  if (errors.length) throw new ValidationProblem(errors);

  const id = randomUUID();
  try {
    await prisma.$transaction(async (tx) => {
      await claimClientIds(tx, system.clientId);
      await tx.registeredSystem.create({ data: { id, systemId: system.id, vendorOrgNo, ...storedSystem(system) } });
      await recordSystemChange(tx, { systemInternalId: id, caller, changeType: 'create', changedData: system });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict({ sentence: `The System already exist: ${system.id}` });
    }
    throw error;
  }
  return id;
}
