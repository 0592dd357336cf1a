import { json, route } from '@/lib/api/route';
import { checkHealth } from '@/lib/health';

export const dynamic = 'force-dynamic';

export const GET = route(async () => {
  const health = await checkHealth();
  return json(health, { status: health.status === 'Healthy' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
});
