import 'server-only';

import { config } from '../config';
import type { Organization, Prisma, RegisteredSystem, Request } from '../generated/prisma/client';
import type { RequestType } from '../generated/prisma/enums';
import type { ChangeRequestResponse } from '../schemas/change-requests';
import type { AttributePair, InternalRequestResponse, Right, VendorRequestResponse } from '../schemas/requests';
import { effectiveStatus } from './timeout';

// Conversions shared by the request functions: rights as Altinn writes them, the vendor response models
// (docs/altinn-behaviour.md, "Standard requests", "Agent requests", "Change requests") and confirmUrl
// ("confirmUrl"). The shapes are the zod schemas' types (lib/schemas), so a field the schema and the mapper
// disagree on fails the type check.

export type { AttributePair, Right };

export const RESOURCE_ATTRIBUTE = 'urn:altinn:resource';

export type RequestWithSystem = Request & { system: RegisteredSystem };

/** Reads a stored Right[] (JSON) defensively: anything malformed is left out. */
export function readRights(value: unknown): Right[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r): Right[] => {
    if (typeof r !== 'object' || r === null || !Array.isArray((r as Right).resource)) return [];
    const { action, resource } = r as Right;
    const pairs = resource.filter((p): p is AttributePair => typeof p?.id === 'string' && typeof p.value === 'string');
    return [{ ...(typeof action === 'string' ? { action } : {}), resource: pairs.map(({ id, value }) => ({ id, value })) }];
  });
}

/** The resource ids (values of `urn:altinn:resource` pairs) that rights name. */
export function resourceIds(rights: Right[]): string[] {
  return [...new Set(rights.flatMap((r) => r.resource.filter((p) => p.id === RESOURCE_ATTRIBUTE).map((p) => p.value)))];
}

export function sameRight(a: Right, b: Right): boolean {
  return a.resource.length === b.resource.length && a.resource.every((p) => b.resource.some((q) => q.id === p.id && q.value === p.value));
}

export function systemNames(system: Pick<RegisteredSystem, 'name' | 'systemId'>): Record<string, string> {
  const name = system.name;
  return typeof name === 'object' && name !== null && !Array.isArray(name) ? (name as Record<string, string>) : {};
}

const CONFIRM_PAGE: Record<RequestType, string> = {
  standard: 'request',
  agent: 'agentrequest',
  change: 'changerequest',
};

/** The path of the page where a request of this type is approved. */
export const confirmPath = (type: RequestType) => `/accessmanagement/ui/systemuser/${CONFIRM_PAGE[type]}`;

export function confirmUrl(type: RequestType, id: string): string {
  return `${config().PUBLIC_URL}${confirmPath(type)}?id=${id}&DONTCHOOSEREPORTEE=true`;
}

/** Where a created request can be read again (Altinn's `Location` header). */
export function requestLocation(type: RequestType, id: string): string {
  const base = `${config().PUBLIC_URL}/authentication/api/v1/systemuser`;
  return type === 'change' ? `${base}/changerequest/${id}` : `${base}/request/${id}`;
}

const packageList = (urns: string[]) => urns.map((urn) => ({ urn }));

/** The leading fields of the vendor's and the approval UI's views of a standard or agent request. */
const requestIdentity = (request: RequestWithSystem) => ({
  id: request.id,
  integrationTitle: request.integrationTitle ?? undefined,
  externalRef: request.externalRef,
  systemId: request.system.systemId,
  partyOrgNo: request.partyOrgNo,
});

/**
 * RequestSystemResponse (standard) or AgentRequestSystemResponse (agent, without `rights`). `escalated` is
 * always false on the vendor API: Altinn's service does not copy it.
 */
export function requestResponse(request: RequestWithSystem, options: { withConfirmUrl: boolean }): VendorRequestResponse {
  const status = effectiveStatus(request);
  return {
    ...requestIdentity(request),
    ...(request.type === 'standard' ? { rights: readRights(request.rights) } : {}),
    accessPackages: packageList(request.accessPackages),
    status,
    redirectUrl: request.redirectUrl ?? undefined,
    ...(options.withConfirmUrl ? { confirmUrl: confirmUrl(request.type, request.id) } : {}),
    escalated: false,
    created: request.created.toISOString(),
    timedOut: status === 'Timedout',
  };
}

export function changeRequestResponse(request: RequestWithSystem, options: { withConfirmUrl: boolean }): ChangeRequestResponse {
  const status = effectiveStatus(request);
  return {
    id: request.id,
    externalRef: request.externalRef,
    systemId: request.system.systemId,
    systemUserId: request.systemUserId ?? '',
    partyOrgNo: request.partyOrgNo,
    requiredRights: readRights(request.rights),
    unwantedRights: readRights(request.unwantedRights),
    requiredAccessPackages: packageList(request.accessPackages),
    unwantedAccessPackages: packageList(request.unwantedAccessPackages),
    status,
    redirectUrl: request.redirectUrl ?? undefined,
    ...(options.withConfirmUrl ? { confirmUrl: confirmUrl('change', request.id) } : {}),
    created: request.created.toISOString(),
    timedOut: status === 'Timedout',
  };
}

/** RequestSystemResponseInternal: what the approval UI reads (docs/altinn-behaviour.md, "Approving"). */
export function internalRequestResponse(
  request: RequestWithSystem,
  party: Pick<Organization, 'partyId' | 'id'>,
  userMayEscalateButNotApprove: boolean,
): InternalRequestResponse {
  return {
    ...requestIdentity(request),
    partyId: party.partyId,
    partyUuid: party.id,
    rights: request.type === 'agent' ? [] : readRights(request.rights),
    accessPackages: packageList(request.accessPackages),
    status: effectiveStatus(request),
    redirectUrl: request.redirectUrl ?? undefined,
    escalated: request.escalated,
    userMayEscalateButNotApprove,
    created: request.created.toISOString(),
    // Altinn writes "Standard" here even for agent requests (its reader never sets the type); we do not.
    ...(request.type === 'agent' ? { systemUserType: 'agent' } : {}),
  };
}

/** Rights as stored JSON: only the known properties, so nothing a caller added slips into the database. */
export function rightsJson(rights: Right[]): Prisma.JsonArray {
  return rights.map((r) => ({
    ...(r.action ? { action: r.action } : {}),
    resource: r.resource.map(({ id, value }) => ({ id, value })),
  }));
}
