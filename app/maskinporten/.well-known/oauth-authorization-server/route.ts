import { json, route } from '@/lib/api/route';
import { serverMetadata } from '@/lib/maskinporten/server-metadata';

export const dynamic = 'force-dynamic';

export const GET = route(async () => json(serverMetadata()));
