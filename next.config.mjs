import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

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

export default withNextIntl(nextConfig);
