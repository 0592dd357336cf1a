import type { RoleCode } from '../generated/prisma/enums';

// The default organisations and synthetic persons (org numbers pass mod-11; person numbers are Tenor-style,
// month + 80, with valid check digits). Party ids stay below the database sequences' starting points.

export interface OrganizationSeed {
  id: string;
  orgNo: string;
  name: string;
  partyId: number;
  unitType: string;
}

export interface PersonSeed {
  id: string;
  pid: string;
  name: string;
  userId: number;
  partyId: number;
  /** What the person is and holds for each organisation. */
  access: { orgNo: string; roles: RoleCode[]; rights?: string[]; packages?: string[] }[];
}

export interface ClientRelationSeed {
  facilitatorOrgNo: string;
  clientOrgNo: string;
  roleCode: 'REGN' | 'REVI' | 'FFOR';
  accessPackages: string[];
}

export const organizations: OrganizationSeed[] = [
  { id: 'f5fb47af-0af7-42d2-b26c-2be80f21a35f', orgNo: '991825827', name: 'SmartCloud AS', partyId: 50001001, unitType: 'AS' },
  { id: 'c978b46f-abad-49a5-ab34-83b938e27d64', orgNo: '312605031', name: 'SuperRegnskap AS', partyId: 50001002, unitType: 'AS' },
  { id: '616a5674-1ca6-45ef-9e4b-02cd120103b0', orgNo: '314248295', name: 'Bakeri Smått og Godt AS', partyId: 50001003, unitType: 'AS' },
  { id: '9a77c3c7-50e5-498d-a04d-3f993bead0bf', orgNo: '310495670', name: 'Revisjon og Regnskap AS', partyId: 50001004, unitType: 'AS' },
  { id: 'df3cd7ea-e876-4fb0-8107-0953547b50d2', orgNo: '313469999', name: 'Fjordkysten Rørlegger AS', partyId: 50001005, unitType: 'AS' },
  { id: 'e1ff7750-3509-4d00-adfe-bc4d55af6de2', orgNo: '310178217', name: 'Nordlys Transport AS', partyId: 50001006, unitType: 'AS' },
  { id: '604a814a-e3d1-495a-8c08-3d7695dce9a6', orgNo: '310365882', name: 'Solsiden Eiendom AS', partyId: 50001007, unitType: 'AS' },
  { id: '75fe9ef5-dde7-4964-b374-de10b113b6a5', orgNo: '311000012', name: 'Havbris Kafé AS', partyId: 50001008, unitType: 'AS' },
  { id: '82fef9b7-b63a-4acb-b4d7-5243388954f8', orgNo: '311000020', name: 'Tindefjell Bygg AS', partyId: 50001009, unitType: 'AS' },
  { id: 'b0dcf3de-adc5-4cf8-9bae-0a4ec06001c8', orgNo: '312888882', name: 'Grønn Hage Lise Lønn', partyId: 50001010, unitType: 'ENK' },
];

const PKG = 'urn:altinn:accesspackage:';

export const persons: PersonSeed[] = [
  {
    id: 'f78ee11b-506e-4ad3-b79b-c9c462ad2fd9',
    pid: '12858540036',
    name: 'Kari Nordmann',
    userId: 20001001,
    partyId: 50002001,
    access: [
      {
        orgNo: '314248295',
        roles: ['DAGL', 'TILGANGSSTYRER'],
        rights: ['ske-krav-og-betalinger', 'ske-innrapportering-skattegrunnlag', 'ske-mva-melding'],
        packages: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`, `${PKG}krav-og-utlegg`, `${PKG}skatt-naering`],
      },
    ],
  },
  {
    id: '79d5a859-4d5f-4296-8aea-521a97c6f35e',
    pid: '03917940028',
    name: 'Ola Revisor',
    userId: 20001002,
    partyId: 50002002,
    access: [
      {
        orgNo: '310495670',
        roles: ['DAGL', 'TILGANGSSTYRER', 'KLIENTADMINISTRATOR'],
        packages: [`${PKG}regnskap-okonomi-rapport`, `${PKG}skatt-naering`],
      },
    ],
  },
  {
    id: '7a734b71-9512-483e-8b03-d7fc9a28f65b',
    pid: '24829040049',
    name: 'Per Uten Tilgang',
    userId: 20001003,
    partyId: 50002003,
    access: [{ orgNo: '314248295', roles: ['REPRESENTANT'] }],
  },
  {
    id: '82dbeda4-8e0b-4d7c-b845-55ef406d2ccd',
    pid: '01889000089',
    name: 'Lise Lønn',
    userId: 20001004,
    partyId: 50002004,
    access: [
      {
        orgNo: '311000012',
        roles: ['DAGL', 'TILGANGSSTYRER'],
        rights: ['ske-krav-og-betalinger', 'nav-a-ordningen'],
        packages: [`${PKG}skattegrunnlag`, `${PKG}lonn`, `${PKG}a-ordning`, `${PKG}sykefravaer`],
      },
      {
        orgNo: '312888882',
        roles: ['DAGL', 'TILGANGSSTYRER'],
        rights: ['ske-krav-og-betalinger'],
        packages: [`${PKG}skattegrunnlag`, `${PKG}merverdiavgift`],
      },
    ],
  },
  {
    id: '0b4b2a36-3f0e-4b7e-9a57-1c3d2e8f6a10',
    pid: '15827500094',
    name: 'Jonas Klientansvarlig',
    userId: 20001005,
    partyId: 50002005,
    access: [{ orgNo: '310495670', roles: ['KLIENTADMINISTRATOR'] }],
  },
  {
    // Only access manager of the facilitator: together with Jonas (only client administrator) this tells the
    // two party policies apart.
    id: '02011172-5d7a-41f0-a96a-6c59deb0526e',
    pid: '23087610055',
    name: 'Mona Tilgangsstyrer',
    userId: 20001006,
    partyId: 50002006,
    access: [{ orgNo: '310495670', roles: ['TILGANGSSTYRER'] }],
  },
];

const regnskap = [
  `${PKG}regnskapsforer-med-signeringsrettighet`,
  `${PKG}regnskapsforer-uten-signeringsrettighet`,
  `${PKG}regnskapsforer-lonn`,
];
const revisor = [`${PKG}ansvarlig-revisor`, `${PKG}revisormedarbeider`];

export const clientRelations: ClientRelationSeed[] = [
  { facilitatorOrgNo: '310495670', clientOrgNo: '313469999', roleCode: 'REGN', accessPackages: regnskap },
  { facilitatorOrgNo: '310495670', clientOrgNo: '310178217', roleCode: 'REVI', accessPackages: revisor },
  { facilitatorOrgNo: '310495670', clientOrgNo: '310365882', roleCode: 'REGN', accessPackages: regnskap },
  { facilitatorOrgNo: '310495670', clientOrgNo: '310365882', roleCode: 'REVI', accessPackages: revisor },
  { facilitatorOrgNo: '310495670', clientOrgNo: '311000020', roleCode: 'FFOR', accessPackages: [`${PKG}forretningsforer-eiendom`] },
];
