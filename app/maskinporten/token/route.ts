import { json, route } from '@/lib/api/route';
import { readTokenForm } from '@/lib/maskinporten/http';
import { issueToken } from '@/lib/maskinporten/issue-token';

export const dynamic = 'force-dynamic';

export const POST = route(async (request) => {
  const token = await issueToken(await readTokenForm(request));
  return json(token, { headers: { 'cache-control': 'no-store' } });
});
