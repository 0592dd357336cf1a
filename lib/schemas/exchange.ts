import { z } from 'zod';

import type { ApiOperation } from '../openapi/operation';

// GET authentication/api/v1/exchange/{tokenProvider}?test= (Altinn's token exchange).

export const exchangeParams = z.object({ tokenProvider: z.string().min(1).max(100) });
/** `test` binds as an ASP.NET bool: "true"/"false" in any case; absent is false. */
export const exchangeQuery = z.object({
  test: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^(true|false)$/i.test(v), { error: (issue) => `The value '${String(issue.input)}' is not valid.` })
    .transform((v) => v?.toLowerCase() === 'true'),
});

export const exchangeOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/authentication/api/v1/exchange/{tokenProvider}',
    summary:
      'Exchanges a Maskinporten token (tokenProvider maskinporten) or a personal ID-porten-shaped token (id-porten) for an Altinn token ' +
      'with Altinn’s claims (urn:altinn:orgNumber, urn:altinn:authenticatemethod, urn:altinn:authlevel; for persons urn:altinn:userid, ' +
      'urn:altinn:partyid). Send the token as Bearer; the answer is the new JWT as text.',
    tags: ['Token exchange'],
    scopes: [],
    params: exchangeParams,
    query: z.object({ test: z.enum(['true', 'false']).optional() }),
    responses: {
      200: { description: 'The Altinn token (text/plain)' },
      400: { description: 'Unknown token provider (text)' },
      401: { description: 'No token, or a token that is not valid' },
      403: { description: 'ID-porten: the token has no altinn: scope' },
    },
  },
];
