import 'server-only';

import { db } from '../db';
import { invalid } from '../errors';
import { readRights, RESOURCE_ATTRIBUTE } from '../requests/model';
import { parseGuid } from '../schemas/binding';
import type { DecisionRequestBody, DecisionResponse } from '../schemas/decisions';

// The sandbox's PDP for system users (Altinn's POST authorization/api/v1/decision, XACML JSON profile): a
// system user is permitted an action on a resource for a party when
// - it is a standard system user of that party, and holds the resource as a single right (whose action, if
//   the right names one, is the action asked for) or through one of its access packages (package → resource
//   catalogue); or
// - it is an agent system user, the party is a client delegated to it, and one of its packages gives the
//   resource.
// Everything else is NotApplicable. A request outside this subset is a 400 naming what is not supported.

export const SUBJECT_SYSTEM_USER = 'urn:altinn:systemuser:uuid';
export const ACTION_ID = 'urn:oasis:names:tc:xacml:1.0:action:action-id';
export const PARTY_ORG_NO = 'urn:altinn:organization:identifier-no';
export const PARTY_ID = 'urn:altinn:partyid';
const STATUS_OK = 'urn:oasis:names:tc:xacml:1.0:status:ok';

export type Decision = DecisionResponse['response'][number]['decision'];

interface DecisionQuestion {
  systemUserId: string;
  action: string;
  resource: string;
  party: { orgNo: string } | { partyId: number };
}

type Category = DecisionRequestBody['Request']['Resource'][number];

function unsupported(path: string, message: string): never {
  throw invalid({ fields: { [path]: [message] } });
}

function single(categories: Category[], name: string): Category {
  if (categories.length === 0) unsupported(`Request.${name}`, `One ${name} category is required.`);
  if (categories.length > 1) unsupported(`Request.${name}`, `Several ${name} categories (a multi-decision request) are not supported.`);
  return categories[0];
}

function attributes(category: Category, name: string, allowed: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const attribute of category.Attribute) {
    if (!allowed.includes(attribute.AttributeId)) {
      unsupported(`Request.${name}`, `The attribute ${attribute.AttributeId} is not supported; supported: ${allowed.join(', ')}.`);
    }
    if (out.has(attribute.AttributeId)) unsupported(`Request.${name}`, `The attribute ${attribute.AttributeId} is given twice.`);
    out.set(attribute.AttributeId, attribute.Value);
  }
  return out;
}

/** The one question of a request in the supported subset, or a 400 that says what is outside it. */
export function readDecisionRequest(body: DecisionRequestBody): DecisionQuestion {
  const request = body.Request;
  if (request.MultiRequests !== undefined && request.MultiRequests !== null) {
    unsupported('Request.MultiRequests', 'MultiRequests are not supported: send one AccessSubject, Action and Resource.');
  }
  if (request.Category?.length)
    unsupported('Request.Category', 'Other categories than AccessSubject, Action and Resource are not supported.');

  const subject = attributes(single(request.AccessSubject, 'AccessSubject'), 'AccessSubject', [SUBJECT_SYSTEM_USER]);
  const systemUserId = parseGuid(subject.get(SUBJECT_SYSTEM_USER) ?? '');
  if (!systemUserId) unsupported('Request.AccessSubject', `The subject must be ${SUBJECT_SYSTEM_USER} with a GUID value.`);

  const action = attributes(single(request.Action, 'Action'), 'Action', [ACTION_ID]).get(ACTION_ID);
  if (!action) unsupported('Request.Action', `The action must be ${ACTION_ID} with a value.`);

  const resourceAttributes = attributes(single(request.Resource, 'Resource'), 'Resource', [RESOURCE_ATTRIBUTE, PARTY_ORG_NO, PARTY_ID]);
  const resource = resourceAttributes.get(RESOURCE_ATTRIBUTE);
  if (!resource) unsupported('Request.Resource', `The resource must have ${RESOURCE_ATTRIBUTE}.`);
  const orgNo = resourceAttributes.get(PARTY_ORG_NO);
  const partyId = resourceAttributes.get(PARTY_ID);
  if ((orgNo === undefined) === (partyId === undefined)) {
    unsupported('Request.Resource', `The resource must name its party by exactly one of ${PARTY_ORG_NO} and ${PARTY_ID}.`);
  }
  if (partyId !== undefined && !/^\d{1,10}$/.test(partyId)) unsupported('Request.Resource', `${PARTY_ID} must be a number.`);
  return {
    systemUserId,
    action,
    resource,
    party: orgNo !== undefined ? { orgNo } : { partyId: Number(partyId) },
  };
}

/** Permit or NotApplicable for one question. */
export async function decide(question: DecisionQuestion): Promise<Decision> {
  const prisma = await db();
  const [user, org] = await Promise.all([
    prisma.systemUser.findFirst({ where: { id: question.systemUserId, isDeleted: false } }),
    'orgNo' in question.party
      ? prisma.organization.findUnique({ where: { orgNo: question.party.orgNo } })
      : prisma.organization.findUnique({ where: { partyId: question.party.partyId } }),
  ]);
  if (!user || !org) return 'NotApplicable';

  const viaPackages = async () =>
    user.accessPackages.length > 0 &&
    (await prisma.accessPackageResource.count({
      where: { packageUrn: { in: user.accessPackages }, resourceId: question.resource },
    })) > 0;

  if (user.type === 'standard') {
    if (user.reporteeOrgNo !== org.orgNo) return 'NotApplicable';
    const viaRight = readRights(user.rights).some(
      (right) =>
        (!right.action || right.action === question.action) &&
        right.resource.some((pair) => pair.id === RESOURCE_ATTRIBUTE && pair.value === question.resource),
    );
    return viaRight || (await viaPackages()) ? 'Permit' : 'NotApplicable';
  }
  const delegation = await prisma.clientDelegation.findUnique({
    where: { systemUserId_clientId: { systemUserId: user.id, clientId: org.id } },
  });
  return delegation && (await viaPackages()) ? 'Permit' : 'NotApplicable';
}

/** The PDP's answer in Altinn's JSON (camelCase, as its ASP.NET host writes it). */
export async function decisionResponse(body: DecisionRequestBody): Promise<DecisionResponse> {
  const decision = await decide(readDecisionRequest(body));
  return { response: [{ decision, status: { statusCode: { value: STATUS_OK } } }] };
}
