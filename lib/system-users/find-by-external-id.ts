import 'server-only';
import { db } from '../db';

// How Maskinporten finds the system user a system-user grant asks for (altinn-api.md §5 `byExternalId`,
// maskinporten-and-test-tools.md §1.5): the owner's active system user of a live system that lists the
// grant's client id and belongs to the vendor, with the given external ref (default: the owner's org no).

/** Altinn's SystemUserExternalDTO as `byExternalId` fills it (`productName` = systemId). */
export interface SystemUserExternalDto {
  id: string;
  integrationTitle: string;
  systemId: string;
  productName: string;
  reporteeOrgNo: string;
  created: Date;
  isDeleted: boolean;
  supplierName: string;
  supplierOrgno: string;
  externalRef: string;
  userType: 'standard' | 'agent';
}

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
  return {
    id: user.id,
    integrationTitle: user.integrationTitle,
    systemId: user.system.systemId,
    productName: user.system.systemId,
    reporteeOrgNo: user.reporteeOrgNo,
    created: user.created,
    isDeleted: user.isDeleted,
    supplierName: '',
    supplierOrgno: user.system.vendorOrgNo,
    externalRef: user.externalRef,
    userType: user.type,
  };
}
