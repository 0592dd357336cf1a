import { z } from 'zod';

import { SCOPES } from '../auth/scopes';
import { LIMITS, list, str } from '../limits';
import type { ApiOperation } from '../openapi/operation';
import { guid, guidToken, intParam, pageTokenQuery, paginated } from './binding';
import { accessPackageSchema, externalRefParams, rightSchema, systemIdParams } from './requests';

// Change requests for standard system users (docs/altinn-behaviour.md, "Change requests").

export const changeRequestBody = z.object({
  requiredRights: list(rightSchema)
    .nullish()
    .transform((v) => v ?? []),
  unwantedRights: list(rightSchema)
    .nullish()
    .transform((v) => v ?? []),
  requiredAccessPackages: list(accessPackageSchema)
    .nullish()
    .transform((v) => v ?? []),
  unwantedAccessPackages: list(accessPackageSchema)
    .nullish()
    .transform((v) => v ?? []),
  redirectUrl: str(LIMITS.url).trim().nullish(),
});
export type ChangeRequestBody = z.output<typeof changeRequestBody>;

/** `correlation-id` is checked by hand: Altinn answers a plain-text 400 for it, not a binding problem. */
export const createChangeRequestQuery = z.object({
  'correlation-id': str().optional(),
  'system-user-id': guid(),
});

export const changeRequestIdParams = z.object({ requestId: guid() });
export const changeRequestPageQuery = z.object({ token: guidToken().optional() });
export const partyChangeRequestParams = z.object({ party: intParam(), requestId: guid() });

const statusSchema = z.enum(['New', 'Accepted', 'Rejected', 'Denied', 'Timedout', 'NoChangeNeeded']);
export const changeRequestResponseSchema = z.object({
  id: z.guid(),
  externalRef: z.string(),
  systemId: z.string(),
  systemUserId: z.guid(),
  partyOrgNo: z.string(),
  requiredRights: list(rightSchema),
  unwantedRights: list(rightSchema),
  requiredAccessPackages: list(accessPackageSchema),
  unwantedAccessPackages: list(accessPackageSchema),
  status: statusSchema,
  redirectUrl: z.string().optional(),
  confirmUrl: z.string().optional(),
  created: z.iso.datetime().optional(),
  timedOut: z.boolean(),
});
export const changeRequestInternalSchema = changeRequestResponseSchema
  .omit({ created: true })
  .extend({ partyId: z.number().int(), partyUuid: z.guid() });
export type ChangeRequestResponse = z.output<typeof changeRequestResponseSchema>;
export type InternalChangeRequest = z.output<typeof changeRequestInternalSchema>;

const V1 = '/authentication/api/v1/systemuser/changerequest';
const tags = ['Change request'];

export const changeRequestOperations: ApiOperation[] = [
  {
    method: 'post',
    path: `${V1}/vendor`,
    summary: 'Ask the owner of a standard system user to add or remove rights and access packages',
    tags,
    scopes: [SCOPES.requestWrite],
    query: z.object({ 'correlation-id': z.guid(), 'system-user-id': z.guid() }),
    body: changeRequestBody,
    responses: {
      201: { description: 'Created; `confirmUrl` is the link for the end user', schema: changeRequestResponseSchema },
      200: { description: 'Already created with this correlation-id, or nothing to change', schema: changeRequestResponseSchema },
    },
  },
  {
    method: 'get',
    path: `${V1}/vendor/{requestId}`,
    summary: 'Get a change request by id',
    tags,
    scopes: [SCOPES.requestRead],
    params: changeRequestIdParams,
    responses: { 200: { description: 'The change request', schema: changeRequestResponseSchema } },
  },
  {
    method: 'get',
    path: `${V1}/vendor/byexternalref/{systemId}/{orgNo}/{externalRef}`,
    summary: 'Get the latest change request of a system user by system, party and externalRef',
    tags,
    scopes: [SCOPES.requestRead],
    params: externalRefParams,
    responses: { 200: { description: 'The change request', schema: changeRequestResponseSchema } },
  },
  {
    method: 'get',
    path: `${V1}/vendor/bysystem/{systemId}`,
    summary: 'List the change requests of a system, a page at a time (follow links.next)',
    tags,
    scopes: [SCOPES.requestRead],
    params: systemIdParams,
    query: pageTokenQuery,
    responses: {
      200: {
        description: 'A page of change requests',
        schema: paginated(changeRequestResponseSchema),
      },
    },
  },
  {
    method: 'delete',
    path: `${V1}/vendor/{requestId}`,
    summary: 'Delete a change request of one of your systems',
    tags,
    scopes: [SCOPES.requestWrite],
    params: changeRequestIdParams,
    responses: { 202: { description: 'Deleted' } },
  },
  {
    method: 'get',
    path: `${V1}/{requestId}`,
    summary: 'Get a change request for the approval page',
    tags: ['Change request (approval UI)'],
    scopes: [SCOPES.portal],
    params: changeRequestIdParams,
    responses: { 200: { description: 'The change request', schema: changeRequestInternalSchema } },
  },
  {
    method: 'get',
    path: `${V1}/{party}/{requestId}`,
    summary: 'Get a change request of the party (access manager)',
    tags: ['Change request (approval UI)'],
    scopes: [SCOPES.portal],
    params: partyChangeRequestParams,
    responses: { 200: { description: 'The change request', schema: changeRequestResponseSchema } },
  },
  ...(['approve', 'reject'] as const).map((action): ApiOperation => ({
    method: 'post',
    path: `${V1}/{party}/{requestId}/${action}`,
    summary: `${action === 'approve' ? 'Approve' : 'Reject'} a change request for the party`,
    tags: ['Change request (approval UI)'],
    scopes: [SCOPES.portal],
    params: partyChangeRequestParams,
    responses: { 200: { description: '`true`', schema: z.boolean() } },
  })),
];
