import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { readSystem } from '@/lib/systems/get-system';
import { presentSystemDto } from '@/lib/systems/present-system';

export const dynamic = 'force-dynamic';

export const GET = authenticated<{ systemId: string }>({ scopes: [SCOPES.portal] }, async (_request, { params }) => {
  const system = await readSystem({ systemId: params.systemId });
  return json(presentSystemDto(system));
});
