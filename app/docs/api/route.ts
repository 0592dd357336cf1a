import { route } from '@/lib/api/route';
import { OPENAPI_PATH } from '@/lib/openapi/document-operations';

// The interactive API reference: Scalar, loaded from /docs/api/scalar.js, reading our OpenAPI document.

export const dynamic = 'force-dynamic';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API reference – Systembruker sandbox</title>
  </head>
  <body>
    <div id="api-reference"></div>
    <script src="/docs/api/scalar.js"></script>
    <script>
      Scalar.createApiReference('#api-reference', {
        url: '${OPENAPI_PATH}',
        withDefaultFonts: false,
        hideClientButton: false,
        telemetry: false,
      });
    </script>
  </body>
</html>
`;

export const GET = route(async () =>
  new Response(PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' } }),
);
