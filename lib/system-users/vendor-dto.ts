import type { RegisteredSystem, SystemUser } from '../generated/prisma/client';
import type { SystemUserExternalDto } from '../schemas/system-users';

// SystemUserExternalDTO (docs/altinn-behaviour.md, "Vendor reads of system users"): what vendors read about their system users;
// the shape is the schema's type (lib/schemas/system-users.ts).

export type { SystemUserExternalDto };

/** The columns the DTO is made of: a system user's own, and its system's id and vendor. */
export type ExternalDtoSource = Pick<
  SystemUser,
  'id' | 'integrationTitle' | 'reporteeOrgNo' | 'created' | 'isDeleted' | 'externalRef' | 'type'
> & {
  system: Pick<RegisteredSystem, 'systemId' | 'vendorOrgNo'>;
};

export function toExternalDto(user: ExternalDtoSource): SystemUserExternalDto {
  return {
    id: user.id,
    integrationTitle: user.integrationTitle,
    systemId: user.system.systemId,
    // Only byExternalId fills productName, and Altinn never fills supplierName.
    productName: '',
    reporteeOrgNo: user.reporteeOrgNo,
    created: user.created.toISOString(),
    isDeleted: user.isDeleted,
    supplierName: '',
    supplierOrgno: user.system.vendorOrgNo,
    externalRef: user.externalRef,
    userType: user.type,
  };
}
