import { readQuery } from '@/lib/api/read-body';
import { testtoolsRoute, tokenResponse } from '@/lib/api/testtools';
import { personalTokenQuery } from '@/lib/schemas/testtools';
import { personalToken } from '@/lib/testtools/personal-token';

export const dynamic = 'force-dynamic';

export const GET = testtoolsRoute(async (request) => {
  const query = readQuery(request, personalTokenQuery);
  return tokenResponse(await personalToken(query));
});
