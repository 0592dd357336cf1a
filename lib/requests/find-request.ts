import 'server-only';

import { db } from '../db';
import type { RequestStatus, RequestType } from '../generated/prisma/enums';
import { readRights, type Right, systemNames } from './model';
import { effectiveStatus } from './timeout';

export interface FoundRequest {
  request: {
    id: string;
    type: RequestType;
    /** With the timeout applied: a New request past REQUEST_TIMEOUT_DAYS reads as Timedout. */
    status: RequestStatus;
    timedOut: boolean;
    integrationTitle: string | null;
    externalRef: string;
    partyOrgNo: string;
    /** Standard: requested rights. Change: required rights. Agent: []. */
    rights: Right[];
    /** Standard and agent: requested packages. Change: required packages. */
    accessPackages: string[];
    /** Change requests only. */
    unwantedRights: Right[];
    unwantedAccessPackages: string[];
    systemUserId: string | null;
    redirectUrl: string | null;
    escalated: boolean;
    created: Date;
  };
  system: {
    internalId: string;
    systemId: string;
    name: Record<string, string>;
    vendorOrgNo: string;
    /** The vendor's name from ER, or the org number when the vendor is not a known organisation. */
    vendorName: string;
    rights: Right[];
    accessPackages: string[];
    isDeleted: boolean;
  };
  party: { orgNo: string; name: string; partyId: number; id: string };
}

/** A request of any type by id, with its system and party, as the approval pages show it; null if none. */
export async function findRequest({ id }: { id: string }): Promise<FoundRequest | null> {
  const prisma = await db();
  const request = await prisma.request.findFirst({
    where: { id, isDeleted: false },
    include: { system: true, organization: true },
  });
  if (!request) return null;
  const vendor = await prisma.organization.findUnique({ where: { orgNo: request.system.vendorOrgNo } });
  const status = effectiveStatus(request);
  return {
    request: {
      id: request.id,
      type: request.type,
      status,
      timedOut: status === 'Timedout',
      integrationTitle: request.integrationTitle,
      externalRef: request.externalRef,
      partyOrgNo: request.partyOrgNo,
      rights: request.type === 'agent' ? [] : readRights(request.rights),
      accessPackages: request.accessPackages,
      unwantedRights: readRights(request.unwantedRights),
      unwantedAccessPackages: request.unwantedAccessPackages,
      systemUserId: request.systemUserId,
      redirectUrl: request.redirectUrl,
      escalated: request.escalated,
      created: request.created,
    },
    system: {
      internalId: request.system.id,
      systemId: request.system.systemId,
      name: systemNames(request.system),
      vendorOrgNo: request.system.vendorOrgNo,
      vendorName: vendor?.name ?? request.system.vendorOrgNo,
      rights: readRights(request.system.rights),
      accessPackages: request.system.accessPackages,
      isDeleted: request.system.isDeleted,
    },
    party: {
      orgNo: request.organization.orgNo,
      name: request.organization.name,
      partyId: request.organization.partyId,
      id: request.organization.id,
    },
  };
}
