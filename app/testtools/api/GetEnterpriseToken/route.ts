import { readQuery } from '@/lib/api/read-body';
import { testtoolsRoute, tokenResponse } from '@/lib/api/testtools';
import { enterpriseTokenQuery } from '@/lib/schemas/testtools';
import { enterpriseToken } from '@/lib/testtools/enterprise-token';

export const dynamic = 'force-dynamic';

export const GET = testtoolsRoute(async (request) => {
  const query = readQuery(request, enterpriseTokenQuery);
  return tokenResponse(await enterpriseToken(query));
});
