import { z } from 'zod';

import { SCOPES } from '../auth/scopes';
import { LIMITS, list, str, tooLong, tooMany } from '../limits';
import type { ApiOperation } from '../openapi/operation';
import { guid, guidToken, intParam, pageTokenQuery, paginated } from './binding';

// Standard and agent system-user requests: what the vendor sends and gets back (docs/altinn-behaviour.md, "Standard requests", "Agent requests"), and the
// internal routes of the approval UI ("Approving").

const required = (field: string) => ({ error: `The ${field} field is required.` });

export const attributePairSchema = z.object({ id: str(), value: str() });
export type AttributePair = z.output<typeof attributePairSchema>;
export const rightSchema = z.object({
  action: str().nullish(),
  resource: list(attributePairSchema, LIMITS.resource),
});
export type Right = z.output<typeof rightSchema>;
export const accessPackageSchema = z.object({ urn: str() });

// Altinn trims the string properties of these bodies (TrimStringsActionFilter), not the strings inside lists.
const text = (max: number = LIMITS.id) => str(max).trim();
const requiredText = (field: string) => z.string(required(field)).max(LIMITS.id, tooLong(LIMITS.id)).trim().min(1, required(field));

export const createRequestBody = z.object({
  integrationTitle: text(LIMITS.title).nullish(),
  /** Defaults to partyOrgNo. */
  externalRef: text().nullish(),
  systemId: requiredText('SystemId'),
  partyOrgNo: requiredText('PartyOrgNo'),
  rights: list(rightSchema).nullish(),
  accessPackages: list(accessPackageSchema).nullish(),
  redirectUrl: text(LIMITS.url).nullish(),
});
export type CreateRequestBody = z.output<typeof createRequestBody>;

export const createAgentRequestBody = z.object({
  integrationTitle: text(LIMITS.title).nullish(),
  externalRef: text().nullish(),
  systemId: requiredText('SystemId'),
  partyOrgNo: requiredText('PartyOrgNo'),
  accessPackages: z.array(accessPackageSchema, required('AccessPackages')).max(LIMITS.list, tooMany(LIMITS.list)),
  redirectUrl: text(LIMITS.url).nullish(),
});
export type CreateAgentRequestBody = z.output<typeof createAgentRequestBody>;

export const requestIdParams = z.object({ requestId: guid() });
export const systemIdParams = z.object({ systemId: str().min(1) });
export const externalRefParams = z.object({ systemId: str().min(1), orgNo: str().min(1), externalRef: str().min(1) });
export const pageQuery = z.object({ token: guidToken().optional() });
export const partyRequestParams = z.object({ party: intParam(), requestId: guid() });
export const pendingParams = z.object({ party: intParam(), orgno: str().min(1) });

// Responses: the OpenAPI document and the domain's mappers (lib/requests/model.ts) share these.
const statusSchema = z.enum(['New', 'Accepted', 'Rejected', 'Denied', 'Timedout']);
export const requestResponseSchema = z.object({
  id: z.guid(),
  integrationTitle: z.string().optional(),
  externalRef: z.string(),
  systemId: z.string(),
  partyOrgNo: z.string(),
  rights: z.array(rightSchema),
  accessPackages: z.array(accessPackageSchema),
  status: statusSchema,
  redirectUrl: z.string().optional(),
  confirmUrl: z.string().optional(),
  escalated: z.boolean(),
  created: z.iso.datetime(),
  timedOut: z.boolean(),
});
export const agentRequestResponseSchema = requestResponseSchema.omit({ rights: true });
export const internalRequestResponseSchema = requestResponseSchema.omit({ confirmUrl: true, timedOut: true }).extend({
  partyId: z.number().int(),
  partyUuid: z.guid(),
  userMayEscalateButNotApprove: z.boolean(),
  systemUserType: z.string().optional(),
});
export type RequestResponse = z.output<typeof requestResponseSchema>;
export type AgentRequestResponse = z.output<typeof agentRequestResponseSchema>;
/** What the vendor routes answer: RequestSystemResponse, or AgentRequestSystemResponse (no `rights`). */
export type VendorRequestResponse = RequestResponse | AgentRequestResponse;
export type InternalRequestResponse = z.output<typeof internalRequestResponseSchema>;

const V1 = '/authentication/api/v1/systemuser/request';
const read = [SCOPES.requestRead];
const write = [SCOPES.requestWrite];
const portal = [SCOPES.portal];
const tags = ['Request'];
const internalTags = ['Request (approval UI)'];

const vendorOperations = (agent: boolean): ApiOperation[] => {
  const base = agent ? `${V1}/vendor/agent` : `${V1}/vendor`;
  const response = agent ? agentRequestResponseSchema : requestResponseSchema;
  const kind = agent ? 'agent ' : '';
  return [
    {
      method: 'post',
      path: base,
      summary: `Create an ${kind}system-user request (idempotent per system, party and externalRef)`,
      tags,
      scopes: write,
      body: agent ? createAgentRequestBody : createRequestBody,
      responses: {
        201: { description: 'Created; `confirmUrl` is the link for the end user', schema: response },
        200: { description: 'The same request already exists: the stored one is returned', schema: response },
      },
    },
    {
      method: 'get',
      path: `${base}/{requestId}`,
      summary: `Get an ${kind}request by id`,
      tags,
      scopes: read,
      params: requestIdParams,
      responses: { 200: { description: 'The request', schema: response } },
    },
    {
      method: 'get',
      path: `${base}/byexternalref/{systemId}/{orgNo}/{externalRef}`,
      summary: `Get an ${kind}request by system, party and externalRef`,
      tags,
      scopes: read,
      params: externalRefParams,
      responses: { 200: { description: 'The request', schema: response } },
    },
    {
      method: 'get',
      path: `${base}/bysystem/{systemId}`,
      summary: `List the ${kind}requests of a system, a page at a time (follow links.next)`,
      tags,
      scopes: read,
      params: systemIdParams,
      query: pageTokenQuery,
      responses: { 200: { description: 'A page of requests', schema: paginated(response) } },
    },
  ];
};

export const requestOperations: ApiOperation[] = [
  ...vendorOperations(false),
  {
    method: 'delete',
    path: `${V1}/vendor/{requestId}`,
    summary: 'Delete a request (standard or agent) of one of your systems',
    tags,
    scopes: write,
    params: requestIdParams,
    responses: { 202: { description: 'Deleted' } },
  },
  ...vendorOperations(true),
  {
    method: 'post',
    path: '/authentication/api/v1/systemuser/agent/request',
    summary: 'Create an agent system-user request (the path the Altinn guide uses; same as POST …/request/vendor/agent)',
    tags,
    scopes: write,
    body: createAgentRequestBody,
    responses: {
      201: { description: 'Created; `confirmUrl` is the link for the end user', schema: agentRequestResponseSchema },
      200: { description: 'The same request already exists: the stored one is returned', schema: agentRequestResponseSchema },
    },
  },
  ...(['', '/agent'] as const).flatMap((agent): ApiOperation[] => [
    {
      method: 'get',
      path: `${V1}${agent}/{requestId}`,
      summary: `Get a${agent ? 'n agent' : ''} request for the approval page`,
      tags: internalTags,
      scopes: portal,
      params: z.object({ requestId: guid() }),
      responses: { 200: { description: 'The request', schema: internalRequestResponseSchema } },
    },
    {
      method: 'get',
      path: `${V1}${agent}/{party}/{requestId}`,
      summary: 'Get a request of the party (access manager)',
      tags: internalTags,
      scopes: portal,
      params: partyRequestParams,
      responses: { 200: { description: 'The request', schema: agent ? agentRequestResponseSchema : requestResponseSchema } },
    },
    ...(['approve', 'reject', 'escalate'] as const).map((action): ApiOperation => ({
      method: 'post',
      path: `${V1}${agent}/{party}/{requestId}/${action}`,
      summary: `${action[0].toUpperCase()}${action.slice(1)} a${agent ? 'n agent' : ''} request for the party`,
      tags: internalTags,
      scopes: portal,
      params: partyRequestParams,
      responses: { 200: { description: action === 'escalate' ? 'Whether it was escalated' : '`true`', schema: z.boolean() } },
    })),
    {
      method: 'get',
      path: `${V1}${agent}/{party}/{orgno}/pending`,
      summary: agent ? 'Escalated agent requests waiting for the party' : 'Requests waiting for the party',
      tags: internalTags,
      scopes: portal,
      params: pendingParams,
      responses: { 200: { description: 'New requests', schema: z.array(agent ? agentRequestResponseSchema : requestResponseSchema) } },
    },
  ]),
];
