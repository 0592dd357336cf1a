import { z } from 'zod';
import { SCOPES } from '../auth/scopes';
import type { ApiOperation } from '../openapi/operation';
import { numberToken } from './binding';

// The vendor's reads of its system users (docs/altinn-behaviour.md, "Vendor reads of system users"; byExternalId lives with the Maskinporten lookup).

export const systemUsersBySystemParams = z.object({ systemId: z.string().min(1) });
export const systemUsersPageQuery = z.object({ token: numberToken().optional() });
export const byQueryQuery = z.object({
  'system-id': z.string({ error: 'The system-id field is required.' }).min(1, { error: 'The system-id field is required.' }),
  orgno: z.string({ error: 'The orgno field is required.' }).min(1, { error: 'The orgno field is required.' }),
  'external-ref': z.string().optional(),
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

const tags = ['System user'];

export const systemUserOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/authentication/api/v1/systemuser/vendor/bysystem/{systemId}',
    summary: 'List the system users of one of your systems, a page at a time (follow links.next)',
    tags,
    scopes: [SCOPES.registerWrite, SCOPES.registerAdmin],
    params: systemUsersBySystemParams,
    query: z.object({ token: z.string().optional() }),
    responses: {
      200: {
        description: 'A page of system users',
        schema: z.object({ links: z.object({ next: z.string().optional() }), data: z.array(systemUserExternalSchema) }),
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
];
