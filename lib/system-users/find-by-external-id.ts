import 'server-only';

import { db } from '../db';
import { type SystemUserExternalDto, toExternalDto } from './vendor-dto';

export type { SystemUserExternalDto };

// How Maskinporten finds the system user a system-user grant asks for (docs/altinn-behaviour.md, "Vendor reads of system users" `byExternalId`,
// docs/altinn-behaviour.md, "Maskinporten and the test tokens"): the owner's active system user of a live system that lists the
// grant's client id and belongs to the vendor, with the given external ref (default: the owner's org no).

export interface FindByExternalIdOptions {
  clientId: string;
  systemProviderOrgNo: string;
  systemUserOwnerOrgNo: string;
  externalRef?: string;
}

export async function findByExternalId(options: FindByExternalIdOptions): Promise<SystemUserExternalDto | null> {
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({
    where: {
      reporteeOrgNo: options.systemUserOwnerOrgNo,
      externalRef: options.externalRef || options.systemUserOwnerOrgNo,
      isDeleted: false,
      system: { isDeleted: false, vendorOrgNo: options.systemProviderOrgNo, clientIds: { has: options.clientId } },
    },
    include: { system: true },
  });
  if (!user) return null;
  // byExternalId is the one read that fills productName, with the system id.
  return { ...toExternalDto(user), productName: user.system.systemId };
}
