import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody, readQuery } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { createChangeRequest } from '@/lib/change-requests/create-change-request';
import { requestLocation } from '@/lib/requests/model';
import { changeRequestBody, createChangeRequestQuery } from '@/lib/schemas/change-requests';

export const POST = authenticated({ scopes: [SCOPES.requestWrite] }, async (request, { caller }) => {
  const query = readQuery(request, createChangeRequestQuery);
  const body = await readJsonBody(request, changeRequestBody);
  const result = await createChangeRequest({
    vendorOrgNo: caller.orgNo,
    correlationId: query['correlation-id'],
    systemUserId: query['system-user-id'],
    body,
  });
  if (!result.created) return json(result.request, { status: 200 });
  return json(result.request, { status: 201, headers: { location: requestLocation('change', result.request.id) } });
});
