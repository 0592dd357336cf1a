import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { readSystemChangeLog } from '@/lib/systems/change-log';

export const dynamic = 'force-dynamic';

// GET systemregister/vendor/{systemId}/changelog: who changed the system, how and when (owner or admin).
export const GET = authenticated<{ systemId: string }>(
  { scopes: [SCOPES.registerWrite, SCOPES.registerAdmin] },
  async (_request, { params, caller }) => json(await readSystemChangeLog({ caller, systemId: params.systemId })),
);
