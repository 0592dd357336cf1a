import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listRegisteredClients } from '@/lib/maskinporten/list-clients';
import { registerClient } from '@/lib/maskinporten/register-client';
import { registerClientBody } from '@/lib/schemas/maskinporten';

export const dynamic = 'force-dynamic';

export const GET = authenticated({ scopes: [SCOPES.clientsRead, SCOPES.clientsWrite] }, async (_request, { caller }) =>
  json(await listRegisteredClients({ orgNo: organisationOf(caller) })),
);

export const POST = authenticated({ scopes: [SCOPES.clientsWrite] }, async (request, { caller }) => {
  const body = await readJsonBody(request, registerClientBody);
  return json(await registerClient({ orgNo: organisationOf(caller), body }), { status: 201 });
});
