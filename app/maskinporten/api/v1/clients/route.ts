import { authenticated, callerOrgNo } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listClients } from '@/lib/maskinporten/list-clients';
import { registerClient } from '@/lib/maskinporten/register-client';
import { registerClientBody } from '@/lib/schemas/maskinporten';

export const dynamic = 'force-dynamic';

export const GET = authenticated({ scopes: [SCOPES.clientsRead, SCOPES.clientsWrite] }, async (_request, { caller }) =>
  json(await listClients({ orgNo: callerOrgNo(caller) })),
);

export const POST = authenticated({ scopes: [SCOPES.clientsWrite] }, async (request, { caller }) => {
  const body = await readJsonBody(request, registerClientBody);
  return json(await registerClient({ orgNo: callerOrgNo(caller), body }), { status: 201 });
});
