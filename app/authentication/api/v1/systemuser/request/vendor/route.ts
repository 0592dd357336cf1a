import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { createRequest } from '@/lib/requests/create-request';
import { requestLocation } from '@/lib/requests/model';
import { createRequestBody } from '@/lib/schemas/requests';

export const POST = authenticated({ scopes: [SCOPES.requestWrite] }, async (request, { caller }) => {
  const body = await readJsonBody(request, createRequestBody);
  const result = await createRequest({ vendorOrgNo: caller.orgNo, type: 'standard', body });
  if (!result.created) return json(result.request, { status: 200 });
  return json(result.request, { status: 201, headers: { location: requestLocation('standard', result.request.id) } });
});
