import { json, route } from '@/lib/api/route';
import { config } from '@/lib/config';
import { buildDocument } from '@/lib/openapi/document';

export const dynamic = 'force-dynamic';

let cached: { serverUrl: string; document: unknown } | undefined;

export const GET = route(async () => {
  const serverUrl = config().PUBLIC_URL;
  if (cached?.serverUrl !== serverUrl) cached = { serverUrl, document: buildDocument({ serverUrl }) };
  return json(cached.document, { headers: { 'cache-control': 'no-cache' } });
});
