import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { getSystem } from '@/lib/systems/get-system';

export const dynamic = 'force-dynamic';

export const GET = authenticated<{ systemId: string }>({ scopes: [SCOPES.portal] }, async (_request, { params }) => {
  const system = await getSystem({ systemId: params.systemId });
  return json((system?.accessPackages ?? []).map((urn) => ({ urn })));
});
