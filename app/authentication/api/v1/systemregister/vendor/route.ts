import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { HttpProblem } from '@/lib/errors';
import { registerSystemRequest } from '@/lib/schemas/systems';
import { listSystems } from '@/lib/systems/list-systems';
import { presentSystemDto } from '@/lib/systems/present-system';
import { registerSystem } from '@/lib/systems/register-system';

export const dynamic = 'force-dynamic';

const WRITE = { scopes: [SCOPES.registerWrite, SCOPES.registerAdmin] };

export const POST = authenticated(WRITE, async (request, { caller }) => {
  const system = await readJsonBody(request, registerSystemRequest);
  return json(await registerSystem({ caller, system }));
});

export const GET = authenticated(WRITE, async (_request, { caller }) => {
  if (!caller.orgNo) throw new HttpProblem(403);
  const systems = await listSystems({ vendorOrgNo: caller.orgNo });
  return json(systems.map(presentSystemDto), { headers: { 'cache-control': 'no-store' } });
});
