import { z } from 'zod';

import { LIMITS, list, str } from '../limits';
import type { ApiOperation } from '../openapi/operation';
import { guid as guidParam, intParam } from './binding';
import { systemUserDelegationsSchema, systemUserDetailSchema, systemUserInternalSchema } from './system-users';

// Route values and bodies of the portal routes (docs/altinn-behaviour.md, "The party's system users", "Clients of an agent system user"). `{party}` binds as an int and
// ids as GUIDs; a value that does not bind is a 400 with ASP.NET's "The value 'x' is not valid.".

export const partyId = intParam();
export const guid = guidParam();

export const partyParams = z.object({ party: partyId });
export const partySystemUserParams = z.object({ party: partyId, systemUserId: guid });
// The agent routes share a folder `[id]` (Next allows one dynamic name per level), which holds the system user
// id, or the facilitator's uuid on the delegations route; handlers rename it to Altinn's name before parsing.
export const agentSystemUserParams = z.object({ party: partyId, systemUserId: guid });
export const facilitatorDelegationsParams = z.object({ party: partyId, facilitator: guid, systemUserId: guid });

export const createSystemUserBody = z.object({
  integrationTitle: z.string().trim().max(255).optional(),
  systemId: str().trim().min(1),
});
export type CreateSystemUserBody = z.infer<typeof createSystemUserBody>;

export const clientsQuery = z.object({
  facilitator: guid,
  packages: list(str().min(1), LIMITS.list).default([]),
});

export const delegateQuery = z.object({ client: guid, provider: guid.optional() });
export const removeClientQuery = z.object({ client: guid, provider: guid.optional() });
export const deleteAgentQuery = z.object({ facilitatorId: guid.optional() });

// ---- responses: the client-delegation shapes are these schemas' types (lib/client-delegation uses them) ------

export const clientItemSchema = z.object({
  partyUuid: z.guid(),
  displayName: z.string(),
  organizationIdentifier: z.string(),
  access: z.array(z.object({ role: z.string(), packages: z.array(z.string()) })),
});
export type ClientItem = z.infer<typeof clientItemSchema>;

export const delegationResponseSchema = z.object({
  agentSystemUserId: z.guid(),
  delegationId: z.guid(),
  customerId: z.guid(),
  assignmentId: z.guid(),
});
export type DelegationResponse = z.infer<typeof delegationResponseSchema>;

export const delegationItemSchema = delegationResponseSchema.extend({
  customerName: z.string(),
  customerOrganizationNumber: z.string(),
});
export type DelegationItem = z.infer<typeof delegationItemSchema>;

// ---- the portal routes in the OpenAPI document ------------------------------------------------------------

const portal = ['altinn:portal/enduser'] as const;
const tags = ['System users (portal)'];
const clientTags = ['Client delegation (portal)'];
const BASE = '/authentication/api/v1/systemuser';

export const portalOperations: ApiOperation[] = [
  ...(['get', 'post', 'delete'] as const).map((method): ApiOperation => ({
    method,
    path: `${BASE}/agent/{party}/{systemUserId}/self`,
    summary: {
      get: 'Whether the facilitator has delegated its own packages to its agent system user',
      post: 'Delegates the agent system user’s packages for the facilitator itself (idempotent)',
      delete: 'Revokes the facilitator’s own packages from its agent system user (idempotent)',
    }[method],
    tags: clientTags,
    scopes: portal,
    params: agentSystemUserParams,
    responses: {
      200: { description: '`true` / `false`', schema: z.boolean() },
      400: { description: 'No such system user; AUTH-00034 not an agent; AUTH-00063/AUTH-00064 packages missing or not assignable' },
      403: { description: "Not an access manager of the party, or another party's system user" },
    },
  })),
  {
    method: 'get',
    path: '/authentication/api/v1/logout',
    summary: 'Ends the browser session (the cookie), then 302 to logout/handleloggedout, as AUTHN',
    tags: ['Authentication'],
    scopes: [],
    responses: { 302: { description: 'To /authentication/api/v1/logout/handleloggedout' } },
  },
  {
    method: 'get',
    path: '/authentication/api/v1/logout/handleloggedout',
    summary: "After a handled request (cookie AltinnLogoutInfo): 302 to its redirectUrl verbatim, else to the sandbox's receipt",
    tags: ['Authentication'],
    scopes: [],
    responses: { 302: { description: "The request's redirectUrl, or the receipt page" } },
  },
  {
    method: 'get',
    path: `${BASE}/{party}`,
    summary: "The party's active standard system users (access manager)",
    tags,
    scopes: portal,
    params: partyParams,
    responses: {
      200: { description: 'SystemUserInternalDTO[]', schema: z.array(systemUserInternalSchema) },
      403: { description: 'Not an access manager of the party' },
    },
  },
  {
    method: 'post',
    path: `${BASE}/{party}/create`,
    summary: "User-driven creation: a system user with all of a visible system's rights and packages",
    tags,
    scopes: portal,
    params: partyParams,
    body: createSystemUserBody,
    responses: {
      200: { description: 'SystemUserInternalDTO', schema: systemUserInternalSchema },
      400: { description: 'AUTH-00004 a system user for the system exists already; AUTH-00053 the person lacks a package' },
      403: { description: 'AUTH-00016 the person lacks a right, or is not an access manager' },
      404: { description: 'AUTH-00011 no such visible system' },
    },
  },
  {
    method: 'get',
    path: `${BASE}/{party}/{systemUserId}`,
    summary: 'One system user of the party, with rights and packages',
    tags,
    scopes: portal,
    params: partySystemUserParams,
    responses: { 200: { description: 'SystemUserDetailInternalDTO', schema: systemUserDetailSchema }, 404: { description: 'AUTH-00015' } },
  },
  {
    method: 'delete',
    path: `${BASE}/{party}/{systemUserId}`,
    summary: 'Soft-deletes a standard system user and its request',
    tags,
    scopes: portal,
    params: partySystemUserParams,
    responses: {
      202: { description: '`1`', schema: z.literal(1) },
      400: { description: 'AUTH-00036 not a standard system user' },
      403: { description: "AUTH-00024 another party's system user" },
      404: { description: 'AUTH-00015' },
    },
  },
  {
    method: 'get',
    path: `${BASE}/{party}/{systemUserId}/delegations`,
    summary: 'What was delegated to a system user',
    tags,
    scopes: portal,
    params: partySystemUserParams,
    responses: { 200: { description: 'What was delegated', schema: systemUserDelegationsSchema }, 404: { description: 'AUTH-00015' } },
  },
  {
    method: 'get',
    path: `${BASE}/agent/{party}`,
    summary: "The party's active agent system users",
    tags: clientTags,
    scopes: portal,
    params: partyParams,
    responses: { 200: { description: 'SystemUserInternalDTO[]', schema: z.array(systemUserInternalSchema) } },
  },
  {
    method: 'get',
    path: `${BASE}/agent/{party}/clients`,
    summary: "The facilitator's clients whose relations carry all the given packages",
    tags: clientTags,
    scopes: portal,
    params: partyParams,
    query: clientsQuery,
    responses: { 200: { description: "The facilitator's clients", schema: z.array(clientItemSchema) } },
  },
  {
    method: 'post',
    path: `${BASE}/agent/{party}/{systemUserId}`,
    summary: 'Delegates a client to an agent system user',
    tags: clientTags,
    scopes: portal,
    params: agentSystemUserParams,
    query: delegateQuery,
    responses: {
      200: { description: 'The delegation', schema: z.array(delegationResponseSchema) },
      400: { description: 'AUTH-00079 not a client of the facilitator; AUTH-00080 the client lacks a package; AUTH-00034 not an agent' },
      404: { description: 'AUTH-00015' },
    },
  },
  {
    method: 'delete',
    path: `${BASE}/agent/{party}/{systemUserId}`,
    summary: 'Soft-deletes an agent system user, its request and its clients',
    tags: clientTags,
    scopes: portal,
    params: agentSystemUserParams,
    query: deleteAgentQuery,
    responses: { 200: { description: 'Deleted' }, 404: { description: 'AUTH-00015' } },
  },
  {
    method: 'delete',
    path: `${BASE}/agent/{party}/{systemUserId}/client`,
    summary: 'Removes a client from an agent system user',
    tags: clientTags,
    scopes: portal,
    params: agentSystemUserParams,
    query: removeClientQuery,
    responses: { 200: { description: 'Removed' }, 400: { description: 'AUTH-00038 the client was not delegated' } },
  },
  {
    method: 'get',
    path: `${BASE}/agent/{party}/{facilitator}/{systemUserId}/delegations`,
    summary: 'The clients of an agent system user',
    tags: clientTags,
    scopes: portal,
    params: facilitatorDelegationsParams,
    responses: { 200: { description: 'The delegated clients', schema: z.array(delegationItemSchema) } },
  },
];
