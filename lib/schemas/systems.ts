import { z } from 'zod';

import { SCOPES } from '../auth/scopes';
import { LIMITS, list, str, tooMany } from '../limits';
import type { ApiOperation } from '../openapi/operation';

// The system register's bodies and answers (docs/altinn-behaviour.md, "The system register"), shared by the route handlers, the domain
// functions and the OpenAPI document.

const V1 = '/authentication/api/v1';
const WRITE = [SCOPES.registerWrite, SCOPES.registerAdmin] as const;
const PORTAL = [SCOPES.portal] as const;

/** `{nb, nn, en}`; Altinn binds it as a dictionary, so other languages pass through too. */
export const translatedText = z
  .record(str(), str(LIMITS.text))
  .refine((text) => Object.keys(text).length <= LIMITS.languages, tooMany(LIMITS.languages))
  .meta({ examples: [{ nb: 'SmartCloud', nn: 'SmartCloud', en: 'SmartCloud' }] });

export const attributePair = z.object({ id: str(), value: str() });

export const right = z
  .object({
    action: str().nullish(),
    resource: list(attributePair, LIMITS.resource),
  })
  .meta({ examples: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }] });
export type RightInput = z.infer<typeof right>;

export const accessPackageRef = z.object({ urn: str().nullish() }).meta({ examples: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }] });
export type AccessPackageInput = z.infer<typeof accessPackageRef>;

// Altinn trims string properties of create and update bodies (TrimStringsActionFilter), but not list elements.
export const registerSystemRequest = z
  .object({
    id: str().trim().meta({ description: '`{vendorOrgNo}_{name}`, e.g. `991825827_smartcloud`.' }),
    vendor: z.object({
      ID: str()
        .trim()
        .meta({ description: 'ISO 6523 identifier `0192:{orgNo}`.', examples: ['0192:991825827'] }),
      authority: str().nullish(),
    }),
    name: translatedText,
    description: translatedText,
    rights: list(right).default([]),
    accessPackages: list(accessPackageRef).default([]),
    clientId: list(str()),
    isVisible: z.boolean().default(true),
    isDeleted: z.boolean().default(false),
    allowedRedirectUrls: list(str(LIMITS.url)).default([]),
  })
  .meta({
    id: 'RegisterSystemRequest',
    examples: [
      {
        id: '991825827_my_system',
        vendor: { ID: '0192:991825827' },
        name: { nb: 'Mitt system', nn: 'Mitt system', en: 'My system' },
        description: { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
        rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
        accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
        clientId: ['my-maskinporten-client-id'],
        isVisible: true,
        allowedRedirectUrls: ['https://example.com/receipt'],
      },
    ],
  });
export type RegisterSystemInput = z.infer<typeof registerSystemRequest>;

export const rightsBody = list(right);
export const accessPackagesBody = list(accessPackageRef);

export const systemIdParams = z.object({ systemId: str() });

export const rightsQuery = z.object({
  useOldFormatForApp: z
    .string()
    .regex(/^(true|false)$/i, 'The value is not valid.')
    .optional()
    .meta({ description: 'Split `app_{org}_{app}` resources into `urn:altinn:org` and `urn:altinn:app`.' }),
});

export const registeredSystemResponse = z
  .object({
    id: z.string(),
    vendor: z.object({ ID: z.string() }),
    name: translatedText,
    description: translatedText,
    rights: z.array(right),
    accessPackages: z.array(z.object({ urn: z.string() })),
    clientId: z.array(z.string()),
    isVisible: z.boolean(),
    allowedRedirectUrls: z.array(z.string()),
    isDeleted: z.boolean(),
  })
  .meta({ id: 'RegisteredSystemResponse' });
export type RegisteredSystemResponse = z.infer<typeof registeredSystemResponse>;

export const registeredSystemDto = z
  .object({
    systemId: z.string(),
    systemVendorOrgNumber: z.string(),
    systemVendorOrgName: z.string(),
    name: translatedText,
    description: translatedText,
    rights: z.array(right),
    accessPackages: z.array(z.object({ urn: z.string() })),
    isVisible: z.boolean(),
  })
  .meta({ id: 'RegisteredSystemDTO' });
export type RegisteredSystemDto = z.infer<typeof registeredSystemDto>;

export const systemChangeLogEntry = z.object({
  systemInternalId: z.uuid(),
  changedByOrgNumber: z.string().optional(),
  changeType: z.enum(['create', 'update', 'rightsupdate', 'accesspackageupdate', 'delete']),
  changedData: z.unknown(),
  clientId: z.string().optional(),
  created: z.string(),
});
export type SystemChangeLogEntry = z.output<typeof systemChangeLogEntry>;

export const updateResult = z.object({ succeeded: z.boolean() }).meta({ id: 'SystemRegisterUpdateResult' });

const TAGS = ['System register'];
const plain = z.string();

export const systemRegisterOperations: ApiOperation[] = [
  {
    method: 'post',
    path: `${V1}/systemregister/vendor`,
    summary: 'Register a new system for the calling vendor',
    tags: TAGS,
    scopes: WRITE,
    body: registerSystemRequest,
    responses: {
      200: { description: 'The internal id (uuid) of the new system, as a JSON string.', schema: z.uuid() },
      400: { description: 'STD-00000 with AUTH.VLD-* validation errors, or a malformed body.' },
      403: { description: 'The vendor is not the caller (and the caller lacks systemregister.admin).' },
      409: { description: 'The system id was taken at the same moment (plain text).', schema: plain },
    },
  },
  {
    method: 'get',
    path: `${V1}/systemregister/vendor`,
    summary: "The calling vendor's systems (not deleted)",
    tags: TAGS,
    scopes: WRITE,
    responses: { 200: { description: 'The systems.', schema: z.array(registeredSystemDto) } },
  },
  {
    method: 'get',
    path: `${V1}/systemregister/vendor/{systemId}`,
    summary: 'One of the vendor’s systems, also when deleted',
    tags: TAGS,
    scopes: WRITE,
    params: systemIdParams,
    responses: {
      200: { description: 'The system.', schema: registeredSystemResponse },
      403: { description: 'Another vendor’s system.' },
      404: { description: 'No such system.' },
    },
  },
  {
    method: 'put',
    path: `${V1}/systemregister/vendor/{systemId}`,
    summary: 'Replace a system',
    tags: TAGS,
    scopes: WRITE,
    params: systemIdParams,
    body: registerSystemRequest,
    responses: {
      200: { description: 'Updated.', schema: updateResult },
      400: { description: 'AUTH.VLD-* validation errors, or the system is deleted (plain text).' },
      403: { description: 'Another vendor’s system.' },
      404: { description: 'No such system, or the body names another vendor (plain text).', schema: plain },
    },
  },
  {
    method: 'delete',
    path: `${V1}/systemregister/vendor/{systemId}`,
    summary: 'Soft-delete a system and release its client ids',
    tags: TAGS,
    scopes: WRITE,
    params: systemIdParams,
    responses: {
      200: { description: 'Deleted.', schema: updateResult },
      400: { description: 'No such system (`errors.return`).' },
      403: { description: 'Another vendor’s system.' },
    },
  },
  {
    method: 'get',
    path: `${V1}/systemregister/vendor/{systemId}/changelog`,
    summary:
      'The change log of a system: every create, update, rights or packages update and delete, with who and when (newest 500, oldest first)',
    tags: TAGS,
    scopes: WRITE,
    params: systemIdParams,
    responses: {
      200: {
        description: 'The entries.',
        schema: z.array(systemChangeLogEntry),
      },
      403: { description: 'Another vendor’s system.' },
      404: { description: 'No such system (plain text).', schema: plain },
    },
  },
  {
    method: 'put',
    path: `${V1}/systemregister/vendor/{systemId}/rights`,
    summary: 'Replace the rights of a system',
    tags: TAGS,
    scopes: WRITE,
    params: systemIdParams,
    body: rightsBody,
    responses: {
      200: { description: 'Updated.', schema: updateResult },
      400: { description: 'AUTH.VLD-* validation errors, or the system is deleted (plain text).' },
      403: { description: 'Another vendor’s system.' },
      404: { description: 'No such system (plain text).', schema: plain },
    },
  },
  {
    method: 'put',
    path: `${V1}/systemregister/vendor/{systemId}/accesspackages`,
    summary: 'Replace the access packages of a system',
    tags: TAGS,
    scopes: WRITE,
    params: systemIdParams,
    body: accessPackagesBody,
    responses: {
      200: { description: 'Updated.', schema: updateResult },
      400: { description: 'AUTH.VLD-* validation errors, or the system is deleted (plain text).' },
      403: { description: 'Another vendor’s system.' },
      404: { description: 'No such system (plain text).', schema: plain },
    },
  },
  {
    method: 'get',
    path: `${V1}/systemregister`,
    summary: 'Systems end users may pick (visible, not deleted)',
    tags: TAGS,
    scopes: PORTAL,
    responses: { 200: { description: 'The systems.', schema: z.array(registeredSystemDto) } },
  },
  {
    method: 'get',
    path: `${V1}/systemregister/{systemId}`,
    summary: 'One system as the portal shows it',
    tags: TAGS,
    scopes: PORTAL,
    params: systemIdParams,
    responses: {
      200: { description: 'The system.', schema: registeredSystemDto },
      404: { description: 'No such system.' },
    },
  },
  {
    method: 'get',
    path: `${V1}/systemregister/{systemId}/rights`,
    summary: 'The rights of a system (empty for an unknown system)',
    tags: TAGS,
    scopes: PORTAL,
    params: systemIdParams,
    query: rightsQuery,
    responses: { 200: { description: 'The rights.', schema: z.array(right) } },
  },
  {
    method: 'get',
    path: `${V1}/systemregister/{systemId}/accesspackages`,
    summary: 'The access packages of a system (empty for an unknown system)',
    tags: TAGS,
    scopes: PORTAL,
    params: systemIdParams,
    responses: { 200: { description: 'The access packages.', schema: z.array(z.object({ urn: z.string() })) } },
  },
];
