import { z } from 'zod';

import { SCOPES } from '../auth/scopes';
import { LIMITS, str } from '../limits';
import type { ApiOperation } from '../openapi/operation';
import { systemUserExternalSchema } from './system-users';

// Inputs of the Maskinporten simulator: the client registry's bodies and the byExternalId lookup.

export const byExternalIdQuery = z.object({
  clientId: str().min(1, 'The clientId field is required.'),
  systemProviderOrgNo: str().min(1, 'The systemProviderOrgNo field is required.'),
  systemUserOwnerOrgNo: str().min(1, 'The systemUserOwnerOrgNo field is required.'),
  externalRef: str().optional(),
});

/** A scope name as Maskinporten writes them: `prefix:name`, with `/` and `.` allowed in the name. */
export const scopeName = str().regex(/^[a-z0-9][a-z0-9_.-]*:[a-z0-9_.:/-]+$/i, 'Not a scope name (prefix:name).');

const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

export const publicRsaJwk = z
  .looseObject({
    kty: z.literal('RSA'),
    n: str(LIMITS.title).min(1),
    e: str().min(1),
    kid: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/, 'kid: 1-100 letters, digits or . _ : -'),
    alg: z.enum(['RS256', 'RS384', 'RS512']).default('RS256'),
    use: z.literal('sig').optional(),
  })
  .refine((jwk) => PRIVATE_JWK_MEMBERS.every((member) => !(member in jwk)), 'This is a private key: register only its public part.');

export const registerClientBody = z.object({
  clientId: z
    .string()
    .regex(/^[A-Za-z0-9._-]{8,100}$/, 'clientId: 8-100 letters, digits or . _ -')
    .optional(),
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(1000).default(''),
  scopes: z.array(scopeName).min(1, 'At least one scope.').max(50),
  jwk: publicRsaJwk,
});
export type RegisterClientBody = z.infer<typeof registerClientBody>;

export const clientIdParams = z.object({ clientId: z.string().min(1).max(100) });

// Response shapes: the OpenAPI document and the domain (lib/maskinporten) share these.

export const tokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  scope: z.string(),
});
export type TokenResponse = z.output<typeof tokenResponse>;

/** RFC 8414 authorization server metadata, as far as the simulator fills it. */
export const serverMetadataSchema = z.object({
  issuer: z.string(),
  token_endpoint: z.string(),
  jwks_uri: z.string(),
  grant_types_supported: z.array(z.string()),
  token_endpoint_auth_methods_supported: z.array(z.string()),
  token_endpoint_auth_signing_alg_values_supported: z.array(z.string()),
  authorization_details_types_supported: z.array(z.string()),
});
export type ServerMetadata = z.output<typeof serverMetadataSchema>;

/** The JWKS of the token-signing keys: public RSA keys only. */
export const jwksSchema = z.object({
  keys: z.array(z.object({ kty: z.literal('RSA'), n: z.string(), e: z.string(), kid: z.string(), alg: z.string(), use: z.literal('sig') })),
});

export const maskinportenErrorBody = z.object({ error: z.string(), error_description: z.string() });

export const clientResponse = z.object({
  clientId: z.string(),
  orgNo: z.string(),
  name: z.string(),
  description: z.string(),
  scopes: z.array(z.string()),
  keys: z.array(z.record(z.string(), z.unknown())),
  created: z.iso.datetime(),
});
export type MaskinportenClientDto = z.output<typeof clientResponse>;

const MP_TAG = 'Maskinporten simulator';

export const maskinportenOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/maskinporten/.well-known/oauth-authorization-server',
    summary: 'Authorization server metadata (RFC 8414)',
    tags: [MP_TAG],
    scopes: [],
    responses: { 200: { description: 'The metadata', schema: serverMetadataSchema } },
  },
  {
    method: 'get',
    path: '/maskinporten/jwk',
    summary: 'The public keys tokens are signed with (JWKS)',
    tags: [MP_TAG],
    scopes: [],
    responses: { 200: { description: 'The JWKS', schema: jwksSchema } },
  },
  {
    method: 'post',
    path: '/maskinporten/token',
    summary: 'JWT-bearer grant (form-encoded grant_type and assertion) → access token; refusals are Maskinporten error documents',
    tags: [MP_TAG],
    scopes: [],
    responses: {
      200: { description: 'The access token', schema: tokenResponse },
      400: { description: 'The grant was refused (error, error_description with the MP code)', schema: maskinportenErrorBody },
    },
  },
  {
    method: 'get',
    path: '/maskinporten/api/v1/clients',
    summary: "The caller organisation's Maskinporten clients",
    tags: [MP_TAG],
    scopes: [SCOPES.clientsRead, SCOPES.clientsWrite],
    responses: { 200: { description: 'The clients', schema: z.array(clientResponse) } },
  },
  {
    method: 'post',
    path: '/maskinporten/api/v1/clients',
    summary: 'Registers a Maskinporten client (public JWK and allowed scopes) for the caller organisation',
    tags: [MP_TAG],
    scopes: [SCOPES.clientsWrite],
    body: registerClientBody,
    responses: { 201: { description: 'The registered client', schema: clientResponse }, 409: { description: 'The client id is taken' } },
  },
  {
    method: 'delete',
    path: '/maskinporten/api/v1/clients/{clientId}',
    summary: "Deletes one of the caller organisation's clients",
    tags: [MP_TAG],
    scopes: [SCOPES.clientsWrite],
    params: clientIdParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such client of the organisation' } },
  },
  {
    method: 'get',
    path: '/authentication/api/v1/systemuser/byExternalId',
    summary: 'Maskinporten’s lookup of the system user for a system-user grant',
    tags: ['System users'],
    scopes: [SCOPES.systemUserLookup],
    query: byExternalIdQuery,
    responses: {
      200: { description: 'The system user', schema: systemUserExternalSchema },
      404: { description: 'No system user matches' },
    },
  },
];
