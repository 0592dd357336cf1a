import { smartcloudKey, superregnskapKey, type VendorKey } from './vendor-keys';

// The default system register and the vendors' Maskinporten clients.

export interface Right {
  action?: string;
  resource: { id: string; value: string }[];
}

export interface SystemSeed {
  id: string;
  systemId: string;
  vendorOrgNo: string;
  name: Record<'nb' | 'nn' | 'en', string>;
  description: Record<'nb' | 'nn' | 'en', string>;
  rights: Right[];
  accessPackages: string[];
  clientIds: string[];
  allowedRedirectUrls: string[];
  isVisible: boolean;
}

export interface ClientSeed {
  key: VendorKey;
  orgNo: string;
  name: string;
  scopes: string[];
}

const PKG = 'urn:altinn:accesspackage:';

const VENDOR_SCOPES = [
  'altinn:authentication/systemuser.request.read',
  'altinn:authentication/systemuser.request.write',
  'altinn:authentication/systemregister.write',
  'altinn:instances.read',
  'altinn:instances.write',
];

export const maskinportenClients: ClientSeed[] = [
  { key: smartcloudKey, orgNo: '991825827', name: 'SmartCloud test client', scopes: VENDOR_SCOPES },
  { key: superregnskapKey, orgNo: '312605031', name: 'SuperRegnskap test client', scopes: VENDOR_SCOPES },
];

export const systems: SystemSeed[] = [
  {
    id: 'a3c5e2f0-6d1b-4f7a-9c2e-8b4d1f6a3e90',
    systemId: '991825827_smartcloud',
    vendorOrgNo: '991825827',
    name: { nb: 'SmartCloud', nn: 'SmartCloud', en: 'SmartCloud' },
    description: {
      nb: 'Skybasert økonomisystem som henter krav og betalinger og rapporterer skattegrunnlag.',
      nn: 'Skybasert økonomisystem som hentar krav og betalingar og rapporterer skattegrunnlag.',
      en: 'Cloud finance system that fetches claims and payments and reports tax base data.',
    },
    rights: [{ resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] }],
    accessPackages: [`${PKG}skattegrunnlag`],
    clientIds: [smartcloudKey.clientId],
    allowedRedirectUrls: ['https://smartcloudxxxx/receipt'],
    isVisible: true,
  },
  {
    id: 'd8e1b4c7-2a9f-4e3d-b6c1-5f0a7e2d9b14',
    systemId: '312605031_SuperRegnskap',
    vendorOrgNo: '312605031',
    name: { nb: 'SuperRegnskap', nn: 'SuperRekneskap', en: 'SuperRegnskap' },
    description: {
      nb: 'Regnskapssystem for regnskapsførere og revisorer som arbeider for mange klienter.',
      nn: 'Rekneskapssystem for rekneskapsførarar og revisorar som arbeider for mange klientar.',
      en: 'Accounting system for accountants and auditors who work for many clients.',
    },
    rights: [],
    accessPackages: [
      `${PKG}ansvarlig-revisor`,
      `${PKG}revisormedarbeider`,
      `${PKG}regnskapsforer-med-signeringsrettighet`,
      `${PKG}regnskapsforer-uten-signeringsrettighet`,
      `${PKG}regnskapsforer-lonn`,
      `${PKG}forretningsforer-eiendom`,
    ],
    clientIds: [superregnskapKey.clientId],
    allowedRedirectUrls: ['https://superregnskap.no'],
    // Client-only packages cannot be chosen by end users themselves (AUTH.VLD-00018).
    isVisible: false,
  },
];
