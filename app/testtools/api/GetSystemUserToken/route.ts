import { queryObject } from '@/lib/schemas/maskinporten';
import { systemUserTokenQuery } from '@/lib/schemas/testtools';
import { systemUserToken } from '@/lib/testtools/system-user-token';
import { testtoolsRoute, tokenResponse } from '@/lib/testtools/http';

export const dynamic = 'force-dynamic';

export const GET = testtoolsRoute(async (request) => {
  const query = systemUserTokenQuery.parse(queryObject(request.url, systemUserTokenQuery));
  return tokenResponse(await systemUserToken(query));
});
