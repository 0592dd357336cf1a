import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { getVendorChangeRequestByExternalRef } from '@/lib/change-requests/get-vendor-change-request-by-external-ref';
import { externalRefParams } from '@/lib/schemas/requests';

type Params = { systemId: string; orgNo: string; externalRef: string };

export const GET = authenticated<Params>({ scopes: [SCOPES.requestRead] }, async (_request, { params, caller }) => {
  const ref = externalRefParams.parse(params);
  return json(await getVendorChangeRequestByExternalRef({ vendorOrgNo: organisationOf(caller), ...ref }));
});
