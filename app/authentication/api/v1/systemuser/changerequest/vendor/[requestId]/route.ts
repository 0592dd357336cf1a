import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { deleteChangeRequest } from '@/lib/change-requests/delete-change-request';
import { getVendorChangeRequest } from '@/lib/change-requests/get-vendor-change-request';
import { changeRequestIdParams } from '@/lib/schemas/change-requests';

export const GET = authenticated<{ requestId: string }>({ scopes: [SCOPES.requestRead] }, async (_request, { params, caller }) => {
  const { requestId } = changeRequestIdParams.parse(params);
  return json(await getVendorChangeRequest({ vendorOrgNo: organisationOf(caller), id: requestId }));
});

export const DELETE = authenticated<{ requestId: string }>({ scopes: [SCOPES.requestWrite] }, async (_request, { params, caller }) => {
  const { requestId } = changeRequestIdParams.parse(params);
  await deleteChangeRequest({ vendorOrgNo: organisationOf(caller), id: requestId });
  return new Response(null, { status: 202 });
});
