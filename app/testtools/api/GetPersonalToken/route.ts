import { queryObject } from '@/lib/schemas/maskinporten';
import { personalTokenQuery } from '@/lib/schemas/testtools';
import { personalToken } from '@/lib/testtools/personal-token';
import { testtoolsRoute, tokenResponse } from '@/lib/testtools/http';

export const dynamic = 'force-dynamic';

export const GET = testtoolsRoute(async (request) => {
  const query = personalTokenQuery.parse(queryObject(request.url, personalTokenQuery));
  return tokenResponse(await personalToken(query));
});
