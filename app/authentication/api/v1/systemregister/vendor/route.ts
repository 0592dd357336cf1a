import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { registerSystemRequest } from '@/lib/schemas/systems';
import { listOwnSystems } from '@/lib/systems/list-systems';
import { presentSystemDto } from '@/lib/systems/present-system';
import { registerSystem } from '@/lib/systems/register-system';

export const dynamic = 'force-dynamic';

const WRITE = { scopes: [SCOPES.registerWrite, SCOPES.registerAdmin] };

export const POST = authenticated(WRITE, async (request, { caller }) => {
  const system = await readJsonBody(request, registerSystemRequest);
  return json(await registerSystem({ caller, system }));
});

export const GET = authenticated(WRITE, async (_request, { caller }) => {
  const systems = await listOwnSystems({ caller });
  return json(systems.map(presentSystemDto), { headers: { 'cache-control': 'no-store' } });
});
