import { z } from 'zod';

import type { ApiOperation } from '../openapi/operation';

// The XACML JSON profile request of Altinn's PDP (POST authorization/api/v1/decision), as far as the sandbox
// reads it. Property names bind case-insensitively (ASP.NET); lists and strings are bounded.

const attribute = z.object({
  AttributeId: z.string().min(1).max(256),
  Value: z.string().max(256),
  DataType: z.string().max(256).nullish(),
  IncludeInResult: z.boolean().nullish(),
  Issuer: z.string().max(256).nullish(),
});
const category = z.object({
  Id: z.string().max(256).nullish(),
  CategoryId: z.string().max(256).nullish(),
  Attribute: z.array(attribute).max(20),
});

export const decisionRequestBody = z.object({
  Request: z.object({
    ReturnPolicyIdList: z.boolean().nullish(),
    CombinedDecision: z.boolean().nullish(),
    XPathVersion: z.string().max(256).nullish(),
    AccessSubject: z.array(category).max(10).default([]),
    Action: z.array(category).max(10).default([]),
    Resource: z.array(category).max(10).default([]),
    Category: z.array(category).max(10).nullish(),
    MultiRequests: z.unknown().optional(),
  }),
});
export type DecisionRequestBody = z.infer<typeof decisionRequestBody>;

export const decisionResponseSchema = z.object({
  response: z.array(
    z.object({
      decision: z.enum(['Permit', 'NotApplicable']),
      status: z.object({ statusCode: z.object({ value: z.string() }) }),
    }),
  ),
});
export type DecisionResponse = z.output<typeof decisionResponseSchema>;

export const decisionOperations: ApiOperation[] = [
  {
    method: 'post',
    path: '/authorization/api/v1/decision',
    summary:
      "Altinn's PDP for system users: may system user X do action A on resource R for party P? Subject urn:altinn:systemuser:uuid; " +
      'resource urn:altinn:resource with urn:altinn:organization:identifier-no or urn:altinn:partyid; one action-id. No token needed ' +
      '(Altinn gates it with an API subscription key).',
    tags: ['Authorization'],
    scopes: [],
    body: decisionRequestBody,
    responses: {
      200: { description: 'Permit or NotApplicable', schema: decisionResponseSchema },
      400: { description: 'A request outside the supported subset; the errors say what is not supported' },
    },
  },
];
