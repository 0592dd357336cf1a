import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { route } from '@/lib/api/route';

// Scalar's browser bundle, served from our own node_modules so the API reference works without internet.

export const dynamic = 'force-dynamic';

let bundle: Promise<Buffer> | undefined;

function readBundle(): Promise<Buffer> {
  bundle ??= readFile(
    path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@scalar', 'api-reference', 'dist', 'browser', 'standalone.js'),
  ).catch((error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}

export const GET = route(async () => {
  const body = await readBundle();
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  });
});
