import { readQuery } from '@/lib/api/read-body';
import { testtoolsRoute, tokenResponse } from '@/lib/api/testtools';
import { systemUserTokenQuery } from '@/lib/schemas/testtools';
import { systemUserToken } from '@/lib/testtools/system-user-token';

export const dynamic = 'force-dynamic';

export const GET = testtoolsRoute(async (request) => {
  const query = readQuery(request, systemUserTokenQuery);
  return tokenResponse(await systemUserToken(query));
});
