import { authenticated } from '@/lib/api/authenticated';
import { json } from '@/lib/api/route';
import { SCOPES } from '@/lib/auth/scopes';
import { listSystems } from '@/lib/systems/list-systems';
import { presentSystemDto } from '@/lib/systems/present-system';

export const dynamic = 'force-dynamic';

export const GET = authenticated({ scopes: [SCOPES.portal] }, async () => {
  const systems = await listSystems({ visibleOnly: true });
  return json(systems.map(presentSystemDto), { headers: { 'cache-control': 'no-store' } });
});
