import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listChangeRequests } from '@/lib/change-requests/list-change-requests';
import { config } from '@/lib/config';
import { paginated } from '@/lib/paging';
import { encodeToken } from '@/lib/schemas/binding';
import { changeRequestPageQuery } from '@/lib/schemas/change-requests';
import { systemIdParams } from '@/lib/schemas/requests';

export const GET = authenticated<{ systemId: string }>({ scopes: [SCOPES.requestRead] }, async (request, { params, caller }) => {
  const { systemId } = systemIdParams.parse(params);
  const { token } = readQuery(request, changeRequestPageQuery);
  const page = await listChangeRequests({ vendorOrgNo: organisationOf(caller), systemId, after: token });
  return json(paginated(request, config().PUBLIC_URL, page.items, page.next && encodeToken(page.next)));
});
