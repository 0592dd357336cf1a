import defaultDocument from '../../testdata/default.json';
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

// The data itself is the default test data document (testdata/default.json), the example a team copies.
export const organizations = defaultDocument.organizations as OrganizationSeed[];

export const persons = defaultDocument.persons as PersonSeed[];

export const clientRelations = defaultDocument.clientRelations as ClientRelationSeed[];
