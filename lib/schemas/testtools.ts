import { z } from 'zod';

import { MAX_TOKEN_TTL_SECONDS } from '../auth/token-limits';
import { isValidOrgNo, isValidPid } from '../identifiers';
import type { ApiOperation } from '../openapi/operation';
import { scopeName } from './maskinporten';

// The test-token endpoints' query strings (docs/altinn-behaviour.md, "Maskinporten and the test tokens"). Scopes are comma- or space-separated.

const scopes = z
  .string()
  .transform((value) => [...new Set(value.split(/[\s,]+/).filter(Boolean))])
  .pipe(z.array(scopeName).min(1, 'At least one scope.'));

const ttl = z.coerce.number().int().min(1).max(MAX_TOKEN_TTL_SECONDS, `At most ${MAX_TOKEN_TTL_SECONDS} seconds.`).default(1800);

export const enterpriseTokenQuery = z.object({
  orgNo: z.string().refine(isValidOrgNo, 'Not a valid organisation number (nine digits, mod-11).'),
  scopes,
  clientId: z.string().min(1).max(100).optional(),
  ttl,
});

export const personalTokenQuery = z.object({
  pid: z.string().refine(isValidPid, 'Not a valid national identity number.'),
  scopes: scopes.default(['altinn:portal/enduser']),
  ttl,
});

export const systemUserTokenQuery = z.object({
  systemUserId: z.guid('Not a GUID.'),
  scopes: scopes.default(['altinn:instances.read', 'altinn:instances.write']),
  clientId: z.string().min(1).max(100).optional(),
  ttl,
});

const TT_TAG = 'Test tokens';
/** The answers of a route behind TESTTOOLS_ENABLED and TESTTOOLS_PASSWORD (the test tools, the sandbox's clock and test data). */
export const guarded = {
  401: { description: 'TESTTOOLS_PASSWORD is set and HTTP Basic is missing or wrong' },
  404: { description: 'TESTTOOLS_ENABLED=false' },
};
const tokenText = { 200: { description: 'The signed JWT as text/plain' }, 401: guarded[401] };

export const testtoolsOperations: ApiOperation[] = [
  {
    method: 'get',
    path: '/testtools/api/GetEnterpriseToken',
    summary: 'A Maskinporten-shaped token for any organisation and scopes',
    tags: [TT_TAG],
    scopes: [],
    query: enterpriseTokenQuery,
    responses: tokenText,
  },
  {
    method: 'get',
    path: '/testtools/api/GetPersonalToken',
    summary: "A person's token (pid, user id, party id)",
    tags: [TT_TAG],
    scopes: [],
    query: personalTokenQuery,
    responses: { ...tokenText, 404: { description: 'No such person' } },
  },
  {
    method: 'get',
    path: '/testtools/api/GetSystemUserToken',
    summary: 'A system-user token for an existing system user',
    tags: [TT_TAG],
    scopes: [],
    query: systemUserTokenQuery,
    responses: { ...tokenText, 404: { description: 'No such active system user' } },
  },
];
