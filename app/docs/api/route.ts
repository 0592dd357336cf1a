import { route } from '@/lib/api/route';

// The interactive API reference: Swagger UI, served with its own files from this host (/docs/api/*), reading
// our OpenAPI document. Nothing on the page comes from another host, so it works offline.

export const dynamic = 'force-dynamic';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API reference – Systembruker sandbox</title>
    <link rel="stylesheet" href="/docs/api/swagger-ui.css" />
    <style>body { margin: 0; font-family: system-ui, sans-serif; } .swagger-ui .topbar { display: none; }</style>
  </head>
  <body>
    <main id="api-reference"></main>
    <script src="/docs/api/swagger-ui-bundle.js"></script>
    <script src="/docs/api/start.js"></script>
  </body>
</html>
`;

export const GET = route(
  async () => new Response(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } }),
);
