import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { rightsBody } from '@/lib/schemas/systems';
import { updateSystemRights } from '@/lib/systems/update-system-rights';

export const dynamic = 'force-dynamic';

export const PUT = authenticated<{ systemId: string }>(
  { scopes: [SCOPES.registerWrite, SCOPES.registerAdmin] },
  async (request, { params, caller }) => {
    const rights = await readJsonBody(request, rightsBody);
    await updateSystemRights({ caller, systemId: params.systemId, rights });
    return json({ succeeded: true });
  },
);
