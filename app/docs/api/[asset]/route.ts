import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { route } from '@/lib/api/route';
import { HttpProblem } from '@/lib/errors';
import { OPENAPI_PATH } from '@/lib/openapi/document-operations';

// The API reference's own files, served from this host so /docs/api works offline: Swagger UI's browser
// bundle and style sheet (from node_modules/swagger-ui-dist), and the few lines that start it.

export const dynamic = 'force-dynamic';

const START = `window.addEventListener('DOMContentLoaded', function () {
  window.ui = SwaggerUIBundle({
    url: '${OPENAPI_PATH}',
    dom_id: '#api-reference',
    deepLinking: true,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    displayRequestDuration: true,
    tryItOutEnabled: false,
    validatorUrl: null,
  });
});
`;

const FILES: Record<string, { file?: string; text?: string; type: string }> = {
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'start.js': { text: START, type: 'text/javascript; charset=utf-8' },
};

const cache = new Map<string, Promise<Buffer>>();

function read(file: string): Promise<Buffer> {
  let body = cache.get(file);
  if (!body) {
    body = readFile(path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'swagger-ui-dist', file));
    body.catch(() => cache.delete(file));
    cache.set(file, body);
  }
  return body;
}

export const GET = route<{ asset: string }>(async (_request, context) => {
  const { asset } = await context.params;
  const entry = Object.hasOwn(FILES, asset) ? FILES[asset] : undefined;
  if (!entry) throw new HttpProblem(404);
  const body = entry.file ? new Uint8Array(await read(entry.file)) : entry.text;
  return new Response(body, { headers: { 'content-type': entry.type, 'cache-control': 'public, max-age=3600' } });
});
