import 'server-only';

import type { RegisteredSystem } from '../generated/prisma/client';
import type { RegisteredSystemDto, RegisteredSystemResponse, RightInput } from '../schemas/systems';

// The two shapes Altinn shows a system in: the vendor's full `RegisteredSystemResponse` and the portal's and
// lists' `RegisteredSystemDTO`. The vendor is stored without `0192:` and gets it back on the way out.

type Translated = Record<string, string>;

export function rightsOf(system: Pick<RegisteredSystem, 'rights'>): RightInput[] {
  return Array.isArray(system.rights) ? (system.rights as unknown as RightInput[]) : [];
}

export function presentSystem(system: RegisteredSystem): RegisteredSystemResponse {
  return {
    id: system.systemId,
    vendor: { ID: `0192:${system.vendorOrgNo}` },
    name: system.name as Translated,
    description: system.description as Translated,
    rights: rightsOf(system),
    accessPackages: system.accessPackages.map((urn) => ({ urn })),
    clientId: system.clientIds,
    isVisible: system.isVisible,
    allowedRedirectUrls: system.allowedRedirectUrls,
    isDeleted: system.isDeleted,
  };
}

export function presentSystemDto(system: RegisteredSystem): RegisteredSystemDto {
  return {
    systemId: system.systemId,
    systemVendorOrgNumber: system.vendorOrgNo,
    systemVendorOrgName: '',
    name: system.name as Translated,
    description: system.description as Translated,
    rights: rightsOf(system),
    accessPackages: system.accessPackages.map((urn) => ({ urn })),
    isVisible: system.isVisible,
  };
}
