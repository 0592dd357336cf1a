import { z } from 'zod';

import { isValidOrgNo, isValidPid } from '../identifiers';
import { publicRsaJwk, scopeName } from '../schemas/maskinporten';

// A team's own test data (sandbox extension): one JSON document of organisations, persons with their roles,
// rights and access packages, client relations, systems and Maskinporten clients. The default data is such a
// document (testdata/default.json). Loaded at start (SANDBOX_DATA=path) or by POST /sandbox/api/v1/testdata;
// every list is bounded and every string has a limit.

const MAX = 1000;
const text = (max = 200) => z.string().trim().min(1).max(max);
const orgNo = z.string().refine(isValidOrgNo, 'Not a valid organisation number (nine digits, mod-11).');
const pid = z.string().refine(isValidPid, 'Not a valid national identity number (11 digits with valid check digits).');
const urn = z.string().min(1).max(255);
const resourceId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,99}$/i, 'A resource id: letters, digits, - and _.');
const localised = z.strictObject({ nb: text(1000), nn: text(1000), en: text(1000) });

export const ROLE_CODES = ['DAGL', 'LEDE', 'MEDL', 'HOVEDADMINISTRATOR', 'TILGANGSSTYRER', 'KLIENTADMINISTRATOR', 'REPRESENTANT'] as const;

const organization = z.strictObject({
  id: z.guid().optional().describe('The party uuid; derived from the org number when left out'),
  orgNo,
  name: text(),
  partyId: z.int().min(1).max(2_000_000_000).optional().describe('Assigned by the sandbox when left out'),
  unitType: z
    .string()
    .regex(/^[A-Z]{2,5}$/, 'An ER unit type such as AS, ENK or ASA.')
    .default('AS'),
});

const access = z.strictObject({
  orgNo,
  roles: z
    .array(z.enum(ROLE_CODES))
    .max(ROLE_CODES.length)
    .describe('DAGL = daglig leder, TILGANGSSTYRER = access manager, KLIENTADMINISTRATOR = client administrator'),
  rights: z.array(resourceId).max(200).optional().describe('Resource ids the person holds for the organisation'),
  packages: z.array(urn).max(200).optional().describe('Access package URNs the person holds for the organisation'),
});

const person = z.strictObject({
  id: z.guid().optional(),
  pid,
  name: text(),
  userId: z.int().min(1).max(2_000_000_000).optional(),
  partyId: z.int().min(1).max(2_000_000_000).optional(),
  access: z.array(access).max(100).default([]),
});

const clientRelation = z.strictObject({
  facilitatorOrgNo: orgNo,
  clientOrgNo: orgNo,
  roleCode: z.enum(['REGN', 'REVI', 'FFOR']),
  accessPackages: z.array(urn).max(100),
});

const right = z.strictObject({
  action: z.string().max(100).optional(),
  resource: z
    .array(z.strictObject({ id: z.string().min(1).max(255), value: z.string().min(1).max(255) }))
    .min(1)
    .max(10),
});

const system = z.strictObject({
  id: z.guid().optional(),
  systemId: z.string().regex(/^\d{9}_[A-Za-z0-9._-]{1,100}$/, 'A system id "{vendorOrgNo}_{name}".'),
  vendorOrgNo: orgNo,
  name: localised,
  description: localised,
  rights: z.array(right).max(100).default([]),
  accessPackages: z.array(urn).max(100).default([]),
  clientIds: z.array(z.string().min(1).max(100)).max(20).default([]),
  allowedRedirectUrls: z.array(z.url().max(2000)).max(20).default([]),
  isVisible: z.boolean().default(true),
});

const maskinportenClient = z.strictObject({
  clientId: z.string().regex(/^[A-Za-z0-9._-]{8,100}$/, 'clientId: 8-100 letters, digits or . _ -'),
  orgNo,
  name: text(100),
  scopes: z.array(scopeName).min(1).max(50),
  keys: z
    .array(z.strictObject({ kid: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/), publicJwk: publicRsaJwk }))
    .min(1)
    .max(10),
});

export const testDataDocument = z
  .strictObject({
    $schema: z.string().max(2000).optional(),
    organizations: z.array(organization).max(MAX).default([]),
    persons: z.array(person).max(MAX).default([]),
    clientRelations: z.array(clientRelation).max(MAX).default([]),
    systems: z.array(system).max(MAX).default([]),
    maskinportenClients: z.array(maskinportenClient).max(MAX).default([]),
  })
  .superRefine((doc, ctx) => {
    const unique = <T>(list: T[], key: (item: T) => string, path: string, field: string) => {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        const k = key(item);
        if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [path, i, field], message: `Listed twice: ${k}.` });
        seen.add(k);
      });
    };
    unique(doc.organizations, (o) => o.orgNo, 'organizations', 'orgNo');
    unique(doc.persons, (p) => p.pid, 'persons', 'pid');
    unique(doc.systems, (s) => s.systemId, 'systems', 'systemId');
    unique(doc.maskinportenClients, (c) => c.clientId, 'maskinportenClients', 'clientId');
    doc.systems.forEach((s, i) => {
      if (!s.systemId.startsWith(`${s.vendorOrgNo}_`)) {
        ctx.addIssue({ code: 'custom', path: ['systems', i, 'systemId'], message: 'Must start with the vendorOrgNo and "_".' });
      }
    });
    doc.maskinportenClients.forEach((c, i) =>
      c.keys.forEach((k, j) => {
        if (k.publicJwk.kid !== k.kid)
          ctx.addIssue({
            code: 'custom',
            path: ['maskinportenClients', i, 'keys', j, 'publicJwk', 'kid'],
            message: "Must equal the key's kid.",
          });
      }),
    );
  });

export type TestDataDocument = z.output<typeof testDataDocument>;
export type TestDataInput = z.input<typeof testDataDocument>;

/** The JSON Schema of the document, for editors ($schema). */
export function testDataJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(testDataDocument, { io: 'input', unrepresentable: 'any' }),
    title: 'Systembruker sandbox test data',
  };
}
