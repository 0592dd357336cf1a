import 'server-only';

import { db } from '../db';
import { type ValidationErrorItem, ValidationProblem } from '../errors';
import type { PrismaClient } from '../generated/prisma/client';
import type { AccessPackageInput, RightInput } from '../schemas/systems';

// The checks Altinn's system register runs on rights, access packages, redirect URLs and client ids
// (docs/altinn-behaviour.md, "The system register"). Each returns its AUTH.VLD items so a caller can report them all together.

export const PATHS = {
  vendorId: '/registersystemrequest/vendor/id',
  systemId: '/registersystemrequest/systemid',
  redirectUrls: '/registersystemrequest/allowedredirecturls',
  clientId: '/registersystemrequest/clientid',
  accessPackages: '/registersystemrequest/accesspackages',
  rights: '/registersystemrequest/rights/resource',
} as const;

const RESOURCE_ATTRIBUTE = 'urn:altinn:resource';
const PACKAGE_PREFIX = 'urn:altinn:accesspackage:';
const DELEGABLE_RESOURCE_TYPES = new Set(
  ['AltinnApp', 'Systemresource', 'Default', 'CorrespondenceService', 'BrokerService', 'GenericAccessResource', 'MigratedApp'].map((t) =>
    t.toLowerCase(),
  ),
);

function listed(code: ValidationErrorItem['code'], path: string, label: string, items: string[]): ValidationErrorItem[] {
  return items.length ? [{ code, paths: [path], extensions: { [label]: items.join(' | ') } }] : [];
}

const rightKey = (r: RightInput) => JSON.stringify([r.action ?? null, r.resource.map((a) => `${a.id}=${a.value}`).sort()]);

export async function validateRights(rights: RightInput[]): Promise<ValidationErrorItem[]> {
  const pairs = rights.flatMap((r) => r.resource);
  const wellFormed = pairs.filter((a) => a.id === RESOURCE_ATTRIBUTE).map((a) => a.value);
  const found = wellFormed.length
    ? await (await db()).resource.findMany({ where: { id: { in: wellFormed } }, select: { id: true, resourceType: true, delegable: true } })
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const invalidFormat = pairs.filter((a) => a.id !== RESOURCE_ATTRIBUTE).map((a) => a.value);
  const notFound = wellFormed.filter((id) => !byId.has(id));
  const notDelegable = wellFormed.filter((id) => {
    const resource = byId.get(id);
    return resource !== undefined && (!resource.delegable || !DELEGABLE_RESOURCE_TYPES.has(resource.resourceType.toLowerCase()));
  });
  const keys = rights.map(rightKey);
  return [
    ...listed('AUTH.VLD-00009', PATHS.rights, 'Invalid Resource Id Details : ', invalidFormat),
    ...listed('AUTH.VLD-00003', PATHS.rights, 'ResourceIds Not Found : ', notFound),
    ...listed('AUTH.VLD-00017', PATHS.rights, 'ResourceIds Not Delegable : ', notDelegable),
    ...(new Set(keys).size < keys.length ? [{ code: 'AUTH.VLD-00006' as const, paths: [PATHS.rights] }] : []),
  ];
}

/** The stored form of a package reference: Altinn looks packages up by the fourth part of the URN. */
export function canonicalPackageUrn(urn: string): string {
  return PACKAGE_PREFIX + urn.split(':')[3];
}

export async function validateAccessPackages(packages: AccessPackageInput[], isVisible: boolean): Promise<ValidationErrorItem[]> {
  const urns = packages.map((p) => p.urn ?? '');
  const invalidFormat = urns.filter((urn) => urn === '' || urn.split(':').length < 4);
  const wellFormed = urns.filter((urn) => !invalidFormat.includes(urn));
  const found = wellFormed.length
    ? await (
        await db()
      ).accessPackage.findMany({
        where: { urn: { in: wellFormed.map(canonicalPackageUrn) } },
        select: { urn: true, isAssignable: true, isDelegable: true },
      })
    : [];
  const byUrn = new Map(found.map((p) => [p.urn, p]));
  const notFound = wellFormed.filter((urn) => !byUrn.has(canonicalPackageUrn(urn)));
  const notDelegable = wellFormed.filter((urn) => {
    const p = byUrn.get(canonicalPackageUrn(urn));
    return p !== undefined && !p.isDelegable && !p.isAssignable;
  });
  const nonAssignable = wellFormed.filter((urn) => byUrn.get(canonicalPackageUrn(urn))?.isAssignable === false);

  const errors: ValidationErrorItem[] = [];
  if (invalidFormat.length || notFound.length || notDelegable.length) {
    const details = [
      invalidFormat.length ? `Invalid format: ${invalidFormat.join(', ')}` : '',
      notFound.length ? `Not found: ${notFound.join(', ')}` : '',
      notDelegable.length ? `Not possible to delegate: ${notDelegable.join(', ')}` : '',
    ].filter(Boolean);
    errors.push({ code: 'AUTH.VLD-00008', paths: [PATHS.accessPackages], extensions: { 'Invalid Urn Details : ': details.join(' | ') } });
  }
  if (new Set(urns).size < urns.length) errors.push({ code: 'AUTH.VLD-00007', paths: [PATHS.accessPackages] });
  if (isVisible && nonAssignable.length) errors.push({ code: 'AUTH.VLD-00018', paths: [PATHS.accessPackages] });
  return errors;
}

export function validateRedirectUrls(urls: string[]): ValidationErrorItem[] {
  const valid = urls.every((url) => URL.canParse(url) && new URL(url).protocol === 'https:');
  return valid ? [] : [{ code: 'AUTH.VLD-00005', paths: [PATHS.redirectUrls] }];
}

/** Client ids that an active system other than `exceptInternalId` already lists (compared case-insensitively). */
export async function clientIdsInUse(
  clientIds: string[],
  exceptInternalId?: string,
  client?: Pick<PrismaClient, '$queryRaw'>,
): Promise<string[]> {
  if (clientIds.length === 0) return [];
  const rows = await (client ?? (await db())).$queryRaw<{ clientId: string }[]>`
    SELECT DISTINCT lower(c) AS "clientId"
    FROM "RegisteredSystem" s, unnest(s."clientIds") AS c
    WHERE s."isDeleted" = false
      AND lower(c) = ANY(${clientIds.map((c) => c.toLowerCase())}::text[])
      AND (${exceptInternalId ?? null}::uuid IS NULL OR s."id" <> ${exceptInternalId ?? null}::uuid)`;
  const used = new Set(rows.map((r) => r.clientId));
  return clientIds.filter((c) => used.has(c.toLowerCase()));
}

/**
 * In the transaction of a write that gives out client ids: fails with AUTH.VLD-00004 if another system uses
 * one of them. The lock serialises these writes, so the check and the write happen as one step even with
 * many server instances on one PostgreSQL (an array column has no unique index).
 */
export async function claimClientIds(
  tx: Pick<PrismaClient, '$executeRaw' | '$queryRaw'>,
  clientIds: string[],
  exceptInternalId?: string,
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('systemregister-client-ids'))`;
  if ((await clientIdsInUse(clientIds, exceptInternalId, tx)).length) {
    throw new ValidationProblem([{ code: 'AUTH.VLD-00004', paths: [PATHS.clientId] }]);
  }
}
