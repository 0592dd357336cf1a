import type { RegisteredSystem, SystemUser } from '../generated/prisma/client';

// SystemUserExternalDTO (docs/altinn-behaviour.md, "Vendor reads of system users"): what vendors read about their system users.

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

export function toExternalDto(user: SystemUser & { system: RegisteredSystem }): SystemUserExternalDto {
  return {
    id: user.id,
    integrationTitle: user.integrationTitle,
    systemId: user.system.systemId,
    // Only byExternalId fills productName, and Altinn never fills supplierName.
    productName: '',
    reporteeOrgNo: user.reporteeOrgNo,
    created: user.created,
    isDeleted: user.isDeleted,
    supplierName: '',
    supplierOrgno: user.system.vendorOrgNo,
    externalRef: user.externalRef,
    userType: user.type,
  };
}
