import { readQuery } from '@/lib/api/read-body';
import { enterpriseTokenQuery } from '@/lib/schemas/testtools';
import { enterpriseToken } from '@/lib/testtools/enterprise-token';
import { testtoolsRoute, tokenResponse } from '@/lib/api/testtools';

export const dynamic = 'force-dynamic';

export const GET = testtoolsRoute(async (request) => {
  const query = readQuery(request, enterpriseTokenQuery);
  return tokenResponse(await enterpriseToken(query));
});
