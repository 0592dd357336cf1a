import { json, route } from '@/lib/api/route';
import { publishedKeys } from '@/lib/auth/signing-keys';

export const dynamic = 'force-dynamic';

// Resource servers cache the keys; a retired key stays listed until its last token has expired.
export const GET = route(async () => json(await publishedKeys(), { headers: { 'cache-control': 'public, max-age=300' } }));
