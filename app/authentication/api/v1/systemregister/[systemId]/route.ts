import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { HttpProblem } from '@/lib/errors';
import { getSystem } from '@/lib/systems/get-system';
import { presentSystemDto } from '@/lib/systems/present-system';

export const dynamic = 'force-dynamic';

export const GET = authenticated<{ systemId: string }>({ scopes: [SCOPES.portal] }, async (_request, { params }) => {
  const system = await getSystem({ systemId: params.systemId });
  if (!system) throw new HttpProblem(404);
  return json(presentSystemDto(system));
});
