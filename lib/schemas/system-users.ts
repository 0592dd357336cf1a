import { z } from 'zod';

import { SCOPES } from '../auth/scopes';
import { str } from '../limits';
import type { ApiOperation } from '../openapi/operation';
import { guid, numberToken, pageTokenQuery, paginated } from './binding';
import { accessPackageSchema, rightSchema } from './requests';

// The vendor's reads of its system users (docs/altinn-behaviour.md, "Vendor reads of system users"; byExternalId lives with the Maskinporten lookup).

export const systemUsersBySystemParams = z.object({ systemId: str().min(1) });
export const systemUsersPageQuery = z.object({ token: numberToken().optional() });
export const byQueryQuery = z.object({
  'system-id': z
    .string({ error: 'The system-id field is required.' })
    .max(255, 'The field may hold at most 255 characters.')
    .min(1, { error: 'The system-id field is required.' }),
  orgno: z
    .string({ error: 'The orgno field is required.' })
    .max(255, 'The field may hold at most 255 characters.')
    .min(1, { error: 'The orgno field is required.' }),
  'external-ref': str().optional(),
});

export const systemUserExternalSchema = z.object({
  id: z.guid(),
  integrationTitle: z.string(),
  systemId: z.string(),
  productName: z.string(),
  reporteeOrgNo: z.string(),
  created: z.iso.datetime(),
  isDeleted: z.boolean(),
  supplierName: z.string(),
  supplierOrgno: z.string(),
  externalRef: z.string(),
  userType: z.enum(['standard', 'agent']),
});
/** SystemUserExternalDTO: what vendors (and Maskinporten's lookup) read about a system user. */
export type SystemUserExternalDto = z.output<typeof systemUserExternalSchema>;

/** SystemUserInternalDTO: the portal's view, with the internal ids and the packages. */
export const systemUserInternalSchema = systemUserExternalSchema.extend({
  systemInternalId: z.string(),
  partyId: z.string(),
  partyUuId: z.string(),
  accessPackages: z.array(accessPackageSchema),
});
export type SystemUserInternalDto = z.output<typeof systemUserInternalSchema>;

/** SystemUserDetailInternalDTO: the internal view with the rights (none for an agent system user). */
export const systemUserDetailSchema = systemUserInternalSchema.extend({ rights: z.array(rightSchema) });
export type SystemUserDetailDto = z.output<typeof systemUserDetailSchema>;

/** What was delegated to a system user. */
export const systemUserDelegationsSchema = z.object({
  systemUserId: z.guid(),
  rights: z.array(rightSchema),
  accessPackages: z.array(accessPackageSchema),
});
export type SystemUserDelegations = z.output<typeof systemUserDelegationsSchema>;

/** SystemUserUpdateDto of PUT systemuser; only `id` is read (Altinn's update changes nothing). */
export const updateSystemUserBody = z.object({
  id: guid(),
  partyId: z.string().max(64).nullish(),
  integrationTitle: z.string().max(1024).nullish(),
  systemId: z.string().max(1024).nullish(),
});

const tags = ['System user'];

export const systemUserOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/authentication/api/v1/systemuser/vendor/bysystem/{systemId}',
    summary: 'List the system users of one of your systems, a page at a time (follow links.next)',
    tags,
    scopes: [SCOPES.registerWrite, SCOPES.registerAdmin],
    params: systemUsersBySystemParams,
    query: pageTokenQuery,
    responses: {
      200: {
        description: 'A page of system users',
        schema: paginated(systemUserExternalSchema),
      },
    },
  },
  {
    method: 'get',
    path: '/authentication/api/v1/systemuser/vendor/byquery',
    summary: 'Find your system user for a customer (external-ref defaults to orgno)',
    tags,
    scopes: [SCOPES.requestWrite],
    query: byQueryQuery,
    responses: { 200: { description: 'The system user', schema: systemUserExternalSchema }, 404: { description: 'No such system user' } },
  },
  {
    method: 'put',
    path: '/authentication/api/v1/systemuser',
    summary: "Altinn's update of a system user: 200 when it exists, 404 when not; nothing changes (as in Altinn)",
    tags: ['System users (portal)'],
    scopes: [SCOPES.portal],
    body: updateSystemUserBody,
    responses: {
      200: { description: 'The system user exists (empty body)' },
      403: { description: "Not an access manager of the system user's owner" },
      404: { description: 'No such system user' },
    },
  },
];
