import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { registerSystemRequest } from '@/lib/schemas/systems';
import { deleteSystem } from '@/lib/systems/delete-system';
import { readOwnedSystem } from '@/lib/systems/get-system';
import { presentSystem } from '@/lib/systems/present-system';
import { updateSystem } from '@/lib/systems/update-system';

export const dynamic = 'force-dynamic';

type Params = { systemId: string };
const WRITE = { scopes: [SCOPES.registerWrite, SCOPES.registerAdmin] };

export const GET = authenticated<Params>(WRITE, async (_request, { params, caller }) => {
  const system = await readOwnedSystem({ caller, systemId: params.systemId });
  return json(presentSystem(system));
});

export const PUT = authenticated<Params>(WRITE, async (request, { params, caller }) => {
  const system = await readJsonBody(request, registerSystemRequest);
  await updateSystem({ caller, systemId: params.systemId, system });
  return json({ succeeded: true });
});

export const DELETE = authenticated<Params>(WRITE, async (_request, { params, caller }) => {
  await deleteSystem({ caller, systemId: params.systemId });
  return json({ succeeded: true });
});
