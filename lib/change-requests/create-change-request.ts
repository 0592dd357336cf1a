import 'server-only';

import { ownsSystem } from '../access/vendor';
import { sandboxNow } from '../clock';
import { db } from '../db';
import { isUniqueViolation } from '../db-errors';
import { invalid, problem, unauthenticated } from '../errors';
import { recordEvent, requestEvent } from '../events/outbox';
import { changeRequestResponse, readRights, rightsJson } from '../requests/model';
import { checkPackages, checkRedirectUrl, checkRights, knownOrganization } from '../requests/validate';
import { parseGuid } from '../schemas/binding';
import type { ChangeRequestResponse } from '../schemas/change-requests';

export interface ChangeRequestInput {
  requiredRights: { action?: string | null; resource: { id: string; value: string }[] }[];
  unwantedRights: { action?: string | null; resource: { id: string; value: string }[] }[];
  requiredAccessPackages: { urn: string }[];
  unwantedAccessPackages: { urn: string }[];
  redirectUrl?: string | null;
}

export interface CreateChangeRequestResult {
  created: boolean;
  request: ChangeRequestResponse;
}

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * A vendor's change request for one of its standard system users, in Altinn's order (docs/altinn-behaviour.md, "Change requests"). The
 * correlation id is the change request's id, so re-posting it returns the stored request.
 */
export async function createChangeRequest(options: {
  vendorOrgNo: string | undefined;
  correlationId: string | undefined;
  systemUserId: string;
  body: ChangeRequestInput;
}): Promise<CreateChangeRequestResult> {
  const correlationId = options.correlationId === undefined ? undefined : parseGuid(options.correlationId);
  if (!correlationId || correlationId === EMPTY_GUID) {
    throw invalid({ sentence: 'Missing or invalid QueryParameter: correlation-id. It must be a non-empty GUID.' });
  }
  if (!options.vendorOrgNo) throw unauthenticated();
  const prisma = await db();
  const user = await prisma.systemUser.findFirst({
    where: { id: options.systemUserId, isDeleted: false },
    include: { system: true },
  });
  if (!user) throw problem('AUTH-00015');
  if (correlationId === user.id) {
    throw invalid({ sentence: 'The correlation-id must not be the id of the system user.' });
  }
  // Another vendor's system user: Altinn answers Unauthorized() here.
  if (!ownsSystem(user.system, options.vendorOrgNo)) throw unauthenticated();

  const { body } = options;
  const requiredRights = readRights(body.requiredRights);
  const unwantedRights = readRights(body.unwantedRights);
  const requiredPackages = body.requiredAccessPackages.map((p) => p.urn);
  const unwantedPackages = body.unwantedAccessPackages.map((p) => p.urn);
  const base = { externalRef: user.externalRef, systemId: user.system.systemId, systemUserId: user.id, partyOrgNo: user.reporteeOrgNo };
  if (!requiredRights.length && !unwantedRights.length && !requiredPackages.length && !unwantedPackages.length) {
    return {
      created: false,
      request: {
        id: correlationId,
        ...base,
        requiredRights: [],
        unwantedRights: [],
        requiredAccessPackages: [],
        unwantedAccessPackages: [],
        status: 'NoChangeNeeded',
        confirmUrl: '',
        timedOut: false,
      },
    };
  }

  const existing = await findStored(correlationId, options.vendorOrgNo);
  if (existing) return { created: false, request: changeRequestResponse(existing, { withConfirmUrl: true }) };

  if (user.type !== 'standard') throw problem('AUTH-00015');
  if (user.system.isDeleted) throw problem('AUTH-00011');
  await knownOrganization(prisma, user.reporteeOrgNo);
  checkRedirectUrl(user.system, body.redirectUrl);
  checkRights(user.system, requiredRights);
  await checkPackages(prisma, user.system, requiredPackages, 'assignable');

  try {
    await prisma.$transaction(async (tx) => {
      const at = sandboxNow();
      const created = await tx.request.create({
        data: {
          created: at,
          lastChanged: at,
          id: correlationId,
          type: 'change',
          systemInternalId: user.systemInternalId,
          partyOrgNo: user.reporteeOrgNo,
          externalRef: user.externalRef,
          systemUserId: user.id,
          integrationTitle: user.integrationTitle,
          rights: rightsJson(requiredRights),
          unwantedRights: rightsJson(unwantedRights),
          accessPackages: requiredPackages,
          unwantedAccessPackages: unwantedPackages,
          redirectUrl: body.redirectUrl ?? null, // "" is stored and returned as "", as Altinn does
          status: 'New',
        },
      });
      await recordEvent(tx, requestEvent(created, 'created', 'New'));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same correlation id at the same moment: the first one stored wins.
    const winner = await findStored(correlationId, options.vendorOrgNo);
    if (!winner) throw problem('AUTH-00012');
    return { created: false, request: changeRequestResponse(winner, { withConfirmUrl: true }) };
  }
  const stored = await prisma.request.findUniqueOrThrow({ where: { id: correlationId }, include: { system: true } });
  return { created: true, request: changeRequestResponse(stored, { withConfirmUrl: true }) };
}

async function findStored(id: string, vendorOrgNo: string) {
  return (await db()).request.findFirst({
    where: { id, type: 'change', isDeleted: false, system: { vendorOrgNo } },
    include: { system: true },
  });
}
