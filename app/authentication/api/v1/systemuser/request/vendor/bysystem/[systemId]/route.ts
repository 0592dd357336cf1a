import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { config } from '@/lib/config';
import { paginated } from '@/lib/paging';
import { listRequests } from '@/lib/requests/list-requests';
import { encodeToken } from '@/lib/schemas/binding';
import { pageQuery, systemIdParams } from '@/lib/schemas/requests';

export const GET = authenticated<{ systemId: string }>({ scopes: [SCOPES.requestRead] }, async (request, { params, caller }) => {
  const { systemId } = systemIdParams.parse(params);
  const { token } = readQuery(request, pageQuery);
  const page = await listRequests({ vendorOrgNo: organisationOf(caller), type: 'standard', systemId, after: token });
  return json(paginated(request, config().PUBLIC_URL, page.items, page.next && encodeToken(page.next)));
});
