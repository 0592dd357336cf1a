import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { getVendorRequest } from '@/lib/requests/get-vendor-request';
import { requestIdParams } from '@/lib/schemas/requests';

export const GET = authenticated<{ requestId: string }>({ scopes: [SCOPES.requestRead] }, async (_request, { params, caller }) => {
  const { requestId } = requestIdParams.parse(params);
  return json(await getVendorRequest({ vendorOrgNo: organisationOf(caller), type: 'agent', id: requestId }));
});
