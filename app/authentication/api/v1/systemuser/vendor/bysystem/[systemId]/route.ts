import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { config } from '@/lib/config';
import { paginated } from '@/lib/paging';
import { encodeToken } from '@/lib/schemas/binding';
import { systemUsersBySystemParams, systemUsersPageQuery } from '@/lib/schemas/system-users';
import { listVendorSystemUsers } from '@/lib/system-users/list-vendor-system-users';

const scopes = [SCOPES.registerWrite, SCOPES.registerAdmin];

export const GET = authenticated<{ systemId: string }>({ scopes }, async (request, { params, caller }) => {
  const { systemId } = systemUsersBySystemParams.parse(params);
  const { token } = readQuery(request, systemUsersPageQuery);
  const page = await listVendorSystemUsers({ vendorOrgNo: organisationOf(caller), systemId, after: token });
  return json(paginated(request, config().PUBLIC_URL, page.items, page.next !== undefined ? encodeToken(page.next) : undefined));
});
