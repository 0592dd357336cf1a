import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and pg open files and sockets at run time: they must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', '@prisma/adapter-pg', 'pino'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The sandbox keeps Altinn's paths exactly; no trailing-slash redirects.
  skipTrailingSlashRedirect: true,
  // The build does not type-check again (about 23 s of a 86 s build here): `npm run typecheck` does, and CI
  // runs it. This shortens clean clone → ready.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next.js loads every page's and route's code right after it starts, before the first request: on 2 cores
    // that competed with the database's opening and the first /health request (about 0.6 s of CPU for the
    // sixty-odd entries) and kept code no test ever calls in memory. A route now loads on its first request.
    preloadEntriesOnStart: false,
  },
  // Next's static files bypass proxy.ts, which sets these (and the CSP) on everything else: lib/http/security.ts.
  async headers() {
    return [
      {
        source: '/:path(_next/static/.*|_next/image.*|favicon.ico)',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

// next-intl's plugin points the build at i18n/request.ts; what it adds is compiled into the build, and
// loading it (it brings @swc/core and @parcel/watcher) cost `next start` about 0.1 s before serving. The
// production server therefore reads the plain config.
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import('next-intl/plugin');
  return createNextIntlPlugin('./i18n/request.ts')(nextConfig);
}
