import 'server-only';
import type { RegisteredSystem, SystemUser } from '../generated/prisma/client';

// Altinn's SystemUserInternalDTO and SystemUserDetailInternalDTO (altinn-api.md §4.4, §5), the portal's shapes.

export interface SystemUserInternalDto {
  id: string;
  integrationTitle: string;
  systemId: string;
  productName: string;
  systemInternalId: string;
  partyId: string;
  partyUuId: string;
  reporteeOrgNo: string;
  created: Date;
  isDeleted: boolean;
  supplierName: string;
  supplierOrgno: string;
  externalRef: string;
  userType: 'standard' | 'agent';
  accessPackages: { urn: string }[];
}

export interface SystemUserDetailDto extends SystemUserInternalDto {
  rights: unknown[];
}

export function toInternalDto(user: SystemUser & { system: RegisteredSystem }, partyId: number): SystemUserInternalDto {
  return {
    id: user.id,
    integrationTitle: user.integrationTitle,
    systemId: user.system.systemId,
    productName: '',
    systemInternalId: user.systemInternalId,
    partyId: String(partyId),
    partyUuId: '',
    reporteeOrgNo: user.reporteeOrgNo,
    created: user.created,
    isDeleted: user.isDeleted,
    supplierName: '',
    supplierOrgno: user.system.vendorOrgNo,
    externalRef: user.externalRef,
    userType: user.type,
    accessPackages: user.accessPackages.map((urn) => ({ urn })),
  };
}

export function toDetailDto(user: SystemUser & { system: RegisteredSystem }, partyId: number): SystemUserDetailDto {
  return {
    ...toInternalDto(user, partyId),
    rights: user.type === 'standard' ? (user.rights as unknown[]) : [],
  };
}
