import { randomBytes } from 'node:crypto';

// Unique system ids and client ids per test, so test files and cases never collide.

export const unique = () => randomBytes(5).toString('hex');

export function newSystemBody(vendorOrgNo = '991825827', overrides: Record<string, unknown> = {}) {
  const suffix = unique();
  return {
    id: `${vendorOrgNo}_test_${suffix}`,
    vendor: { ID: `0192:${vendorOrgNo}` },
    name: { nb: `Testsystem ${suffix}`, nn: `Testsystem ${suffix}`, en: `Test system ${suffix}` },
    description: { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
    rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
    accessPackages: [{ urn: 'urn:altinn:accesspackage:skattegrunnlag' }],
    clientId: [`client-${suffix}`],
    allowedRedirectUrls: ['https://example.test/receipt'],
    isVisible: true,
    ...overrides,
  };
}
