import 'server-only';

import type { RegisteredSystem, SystemUser } from '../generated/prisma/client';
import { readRights } from '../requests/model';
import type { SystemUserDetailDto, SystemUserInternalDto } from '../schemas/system-users';
import { toExternalDto } from './vendor-dto';

// Altinn's SystemUserInternalDTO and SystemUserDetailInternalDTO (docs/altinn-behaviour.md, "The party's system users", "Vendor reads of system users"): the vendor's
// SystemUserExternalDTO plus the internal ids and the packages, as the portal reads them.

export type { SystemUserDetailDto, SystemUserInternalDto };

export function toInternalDto(user: SystemUser & { system: RegisteredSystem }, partyId: number): SystemUserInternalDto {
  return {
    ...toExternalDto(user),
    systemInternalId: user.systemInternalId,
    partyId: String(partyId),
    // Altinn leaves the party uuid empty here.
    partyUuId: '',
    accessPackages: user.accessPackages.map((urn) => ({ urn })),
  };
}

export function toDetailDto(user: SystemUser & { system: RegisteredSystem }, partyId: number): SystemUserDetailDto {
  // Stryker disable next-line ConditionalExpression: an agent system user is written without rights (lib/requests/approve-request.ts), so reading them gives [] too.
  return { ...toInternalDto(user, partyId), rights: user.type === 'standard' ? readRights(user.rights) : [] };
}
