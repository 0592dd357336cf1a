import { organisationOf } from '@/lib/access/caller';
import { authenticated } from '@/lib/api/authenticated';
import { SCOPES } from '@/lib/auth/scopes';
import { deleteClient } from '@/lib/maskinporten/delete-client';
import { clientIdParams } from '@/lib/schemas/maskinporten';

export const dynamic = 'force-dynamic';

export const DELETE = authenticated<{ clientId: string }>({ scopes: [SCOPES.clientsWrite] }, async (_request, { params, caller }) => {
  const { clientId } = clientIdParams.parse(params);
  await deleteClient({ orgNo: organisationOf(caller), clientId });
  return new Response(null, { status: 204 });
});
