import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { byQueryQuery } from '@/lib/schemas/system-users';
import { findVendorSystemUser } from '@/lib/system-users/find-vendor-system-user';

// Altinn guards this read with the request *write* scope.
export const GET = authenticated({ scopes: [SCOPES.requestWrite] }, async (request, { caller }) => {
  const query = readQuery(request, byQueryQuery);
  return json(
    await findVendorSystemUser({
      vendorOrgNo: organisationOf(caller),
      systemId: query['system-id'],
      orgNo: query.orgno,
      externalRef: query['external-ref'],
    }),
  );
});
