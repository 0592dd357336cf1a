import { readJsonBody } from '@/lib/api/read-body';
import { json } from '@/lib/api/route';
import { testtoolsRoute } from '@/lib/api/testtools';
import { changeClock, readClock } from '@/lib/clock/control';
import { clockChangeBody } from '@/lib/schemas/sandbox';

export const dynamic = 'force-dynamic';

export const GET = testtoolsRoute(async () => json(await readClock(), { headers: { 'cache-control': 'no-store' } }));

export const POST = testtoolsRoute(async (request) => {
  const body = await readJsonBody(request, clockChangeBody);
  return json(await changeClock(body), { headers: { 'cache-control': 'no-store' } });
});
