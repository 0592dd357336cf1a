import { z } from 'zod';

import type { ApiOperation } from '../openapi/operation';
import { guid } from './binding';
import { systemUserInternalSchema } from './system-users';

// The external end-user client API (docs/altinn-behaviour.md, "Clients of an agent system user"). `agent` and `client` bind as
// GUIDs (every Guid.Parse form); missing or empty is Guid.Empty, which the domain reports as AUTH.VLD-000NN.

const optionalGuid = z.preprocess((v) => (v === '' ? undefined : v), guid().optional());

export const agentsQuery = z.object({ party: z.string().trim().max(64).optional() });
export const agentQuery = z.object({ agent: optionalGuid });
export const agentClientQuery = z.object({ agent: optionalGuid, client: optionalGuid });

// ---- responses: lib/client-delegation/enduser.ts returns these schemas' types

export const clientInfoSchema = z.object({
  clientId: z.guid(),
  clientOrganizationNumber: z.string(),
  clientOrganizationName: z.string(),
});
export const clientInfoPageSchema = z.object({
  links: z.object({}),
  data: z.array(clientInfoSchema),
  systemUserInformation: z.object({ systemUserId: z.guid(), systemUserOwnerOrg: z.string() }),
});
export type ClientInfoPage = z.output<typeof clientInfoPageSchema>;
export const agentClientSchema = z.object({ agent: z.guid(), client: z.guid() });
export type AgentClient = z.output<typeof agentClientSchema>;

const read = ['altinn:clientdelegations.read'] as const;
const write = ['altinn:clientdelegations.write'] as const;
const tags = ['Client delegation (end user)'];
const BASE = '/authentication/api/v1/enduser/systemuser';
const vld = 'AUTH.VLD-00014 agent missing or not found, AUTH.VLD-00015 not an agent system user';

export const endUserOperations: ApiOperation[] = [
  {
    method: 'get',
    path: `${BASE}/agents`,
    summary: "The organisation's agent system users (party = its org number; the client administrator's)",
    tags,
    scopes: read,
    query: agentsQuery,
    responses: {
      200: { description: 'SystemUserInternalDTO[]', schema: z.array(systemUserInternalSchema) },
      403: { description: 'Not a client administrator of the party' },
    },
  },
  {
    method: 'get',
    path: `${BASE}/clients/available`,
    summary: 'Clients of the facilitator that carry the agent’s packages and are not delegated to it yet',
    tags,
    scopes: read,
    query: agentQuery,
    responses: {
      200: { description: 'A page of clients', schema: clientInfoPageSchema },
      400: { description: vld },
      403: { description: 'Not a client administrator' },
    },
  },
  {
    method: 'get',
    path: `${BASE}/clients`,
    summary: 'Clients delegated to the agent system user',
    tags,
    scopes: read,
    query: agentQuery,
    responses: {
      200: { description: 'A page of clients', schema: clientInfoPageSchema },
      400: { description: vld },
      403: { description: 'Not a client administrator' },
    },
  },
  {
    method: 'post',
    path: `${BASE}/clients`,
    summary: 'Delegates a client to the agent system user',
    tags,
    scopes: write,
    query: agentClientQuery,
    responses: {
      200: { description: 'The agent and the client', schema: agentClientSchema },
      400: { description: `${vld}, AUTH.VLD-00016 client missing; AUTH-00079 not a client; AUTH-00080 the client lacks a package` },
      403: { description: 'Not a client administrator' },
    },
  },
  {
    method: 'delete',
    path: `${BASE}/clients`,
    summary: 'Removes a client from the agent system user',
    tags,
    scopes: write,
    query: agentClientQuery,
    responses: {
      200: { description: 'The agent and the client', schema: agentClientSchema },
      400: { description: `${vld}, AUTH.VLD-00016 client missing` },
      403: { description: 'Not a client administrator' },
      404: { description: 'The client is not delegated to the agent' },
    },
  },
];
