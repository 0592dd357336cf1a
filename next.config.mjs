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
};

export default withNextIntl(nextConfig);
