import { authenticated } from '@/lib/api/authenticated';
import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { accessPackagesBody } from '@/lib/schemas/systems';
import { updateSystemAccessPackages } from '@/lib/systems/update-system-access-packages';

export const dynamic = 'force-dynamic';

export const PUT = authenticated<{ systemId: string }>(
  { scopes: [SCOPES.registerWrite, SCOPES.registerAdmin] },
  async (request, { params, caller }) => {
    const accessPackages = await readJsonBody(request, accessPackagesBody);
    await updateSystemAccessPackages({ caller, systemId: params.systemId, accessPackages });
    return json({ succeeded: true });
  },
);
