import { json } from '@/lib/api/route';
import { maskinportenRoute, readTokenForm } from '@/lib/maskinporten/http';
import { issueToken } from '@/lib/maskinporten/issue-token';

export const dynamic = 'force-dynamic';

export const POST = maskinportenRoute(async (request) => {
  const token = await issueToken(await readTokenForm(request));
  return json(token, { headers: { 'cache-control': 'no-store' } });
});
