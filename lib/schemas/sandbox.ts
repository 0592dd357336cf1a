import { z } from 'zod';

import { SCOPES } from '../auth/scopes';
import type { ApiOperation } from '../openapi/operation';
import { testDataDocument } from '../testdata/document';
import { guarded } from './testtools';

// The sandbox's own extensions under /sandbox/api/v1/ (docs/altinn-behaviour.md, "Sandbox extensions"), tagged `Sandbox`.

export const SANDBOX_TAG = 'Sandbox';

// ---- the clock

export const clockChangeBody = z.union([
  z.strictObject({ advance: z.string().min(2).max(64).describe('An ISO 8601 duration, e.g. "P11D" or "PT2H30M"') }),
  z.strictObject({
    set: z.iso.datetime({ offset: true, message: 'An ISO 8601 date-time with a time zone, e.g. "2027-01-31T12:00:00Z".' }),
    allowBackwards: z.boolean().optional().describe('Set the clock before the latest stored change anyway'),
  }),
  z.strictObject({ reset: z.literal(true) }),
]);

export const clockView = z.object({
  now: z.string().describe('The sandbox time (ISO 8601)'),
  offset: z.string().describe('The offset from real time as an ISO 8601 duration in seconds'),
  offsetMs: z.number(),
  timedOut: z.number().optional().describe('Requests that timed out because of this change'),
});
export type ClockView = z.output<typeof clockView>;

// ---- webhooks and events

export const webhookBody = z.strictObject({
  systemId: z.string().min(1).max(255),
  url: z.url({ protocol: /^https?$/, message: 'An http:// or https:// URL.' }).max(2000),
  secret: z.string().min(1).max(500).optional().describe('Signs each delivery: X-Sandbox-Signature: sha256=<hex HMAC-SHA256 of the body>'),
});

export const webhookView = z.object({
  id: z.string(),
  systemId: z.string(),
  url: z.string(),
  hasSecret: z.boolean(),
  created: z.string(),
});
export type WebhookView = z.output<typeof webhookView>;

export const webhookParams = z.object({ id: z.guid('Not a GUID.') });

export const deliveryView = z.object({
  eventId: z.string(),
  eventType: z.string(),
  sequence: z.number(),
  attempts: z.number(),
  state: z.enum(['pending', 'delivered', 'failed']),
  nextAttemptAt: z.string().optional(),
  deliveredAt: z.string().optional(),
  lastStatus: z.number().optional(),
  lastError: z.string().optional(),
});
export type DeliveryView = z.output<typeof deliveryView>;

export const eventView = z.object({
  id: z.string(),
  sequence: z.number(),
  type: z.string(),
  occurredAt: z.string(),
  systemId: z.string(),
  requestId: z.string().optional(),
  systemUserId: z.string().optional(),
  orgNo: z.string().describe('The customer (for client events: the client) organisation number'),
  status: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type EventJson = z.output<typeof eventView>;

export const eventsQuery = z.object({
  systemId: z.string().min(1).max(255),
  from: z.coerce.number().int().min(0).optional().describe('Start after this sequence number (like Last-Event-ID)'),
});

export const deliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

// ---- test data

/** The body is parsed by the loader itself, so its 400 names each bad entry and field of the document. */
export const testDataBody = z.unknown();

export const testDataSummary = z.object({
  added: z.object({
    organizations: z.number(),
    persons: z.number(),
    clientRelations: z.number(),
    systems: z.number(),
    maskinportenClients: z.number(),
  }),
});
export type LoadSummary = z.output<typeof testDataSummary>['added'];

export const sandboxOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/sandbox/api/v1/clock',
    summary: 'The sandbox clock: now and the offset from real time',
    tags: [SANDBOX_TAG],
    scopes: [],
    responses: { 200: { description: 'The clock', schema: clockView }, ...guarded },
  },
  {
    method: 'post',
    path: '/sandbox/api/v1/clock',
    summary: 'Advance, set or reset the sandbox clock (tokens keep real time)',
    tags: [SANDBOX_TAG],
    scopes: [],
    body: clockChangeBody,
    responses: {
      200: { description: 'The clock after the change', schema: clockView },
      400: { description: 'Not a duration or time, or backwards past stored rows' },
      ...guarded,
    },
  },
  {
    method: 'post',
    path: '/sandbox/api/v1/webhooks',
    summary: "Subscribe a URL to the status events of one of the vendor's systems",
    tags: [SANDBOX_TAG],
    scopes: [SCOPES.registerWrite],
    body: webhookBody,
    responses: {
      201: { description: 'The webhook', schema: webhookView },
      400: { description: 'Bad body, or not a system of the vendor' },
    },
  },
  {
    method: 'get',
    path: '/sandbox/api/v1/webhooks',
    summary: "The vendor's webhooks",
    tags: [SANDBOX_TAG],
    scopes: [SCOPES.registerWrite],
    responses: { 200: { description: 'The webhooks', schema: z.array(webhookView) } },
  },
  {
    method: 'delete',
    path: '/sandbox/api/v1/webhooks/{id}',
    summary: 'Delete a webhook (pending deliveries are dropped)',
    tags: [SANDBOX_TAG],
    scopes: [SCOPES.registerWrite],
    params: webhookParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such webhook of the vendor' } },
  },
  {
    method: 'get',
    path: '/sandbox/api/v1/webhooks/{id}/deliveries',
    summary: "A webhook's delivery log, newest first",
    tags: [SANDBOX_TAG],
    scopes: [SCOPES.registerWrite],
    params: webhookParams,
    query: deliveriesQuery,
    responses: {
      200: { description: 'The deliveries', schema: z.array(deliveryView) },
      404: { description: 'No such webhook of the vendor' },
    },
  },
  {
    method: 'get',
    path: '/sandbox/api/v1/events',
    summary: "Server-Sent Events of one of the vendor's systems, resumable with Last-Event-ID",
    tags: [SANDBOX_TAG],
    scopes: [SCOPES.registerWrite, SCOPES.requestRead],
    query: eventsQuery,
    responses: {
      200: {
        description: 'text/event-stream; each event has id (the sequence), event (the type) and data (the event JSON)',
        schema: eventView,
      },
      400: { description: 'Not a system of the vendor' },
    },
  },
  {
    method: 'post',
    path: '/sandbox/api/v1/testdata',
    summary: "Load a team's own test data document (all or nothing; loading it again changes nothing)",
    tags: [SANDBOX_TAG],
    scopes: [],
    body: testDataDocument,
    responses: {
      200: { description: 'How many rows of each kind were new', schema: testDataSummary },
      400: { description: 'Not a valid document: each bad entry and field is named, and nothing was written' },
      ...guarded,
    },
  },
  {
    method: 'get',
    path: '/sandbox/api/v1/testdata/schema',
    summary: 'The JSON Schema of the test data document, for editors',
    tags: [SANDBOX_TAG],
    scopes: [],
    responses: { 200: { description: 'A JSON Schema (draft 2020-12)', schema: z.looseObject({ $schema: z.string() }) } },
  },
];
