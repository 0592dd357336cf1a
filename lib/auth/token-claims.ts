import 'server-only';

import type { JWTPayload } from 'jose';

import { orgIdentifier } from './issuer';

// The claim sets of the three kinds of token the sandbox issues, shared by the Maskinporten simulator and the
// test-token endpoints so both give exactly the same shape (docs/altinn-behaviour.md, "Maskinporten and the test tokens").

export function enterpriseClaims(options: { orgNo: string; scopes: string[]; clientId: string }): JWTPayload {
  return {
    scope: options.scopes.join(' '),
    client_id: options.clientId,
    client_amr: 'private_key_jwt',
    consumer: orgIdentifier(options.orgNo),
  };
}

export interface SystemUserClaimsOptions {
  vendorOrgNo: string;
  ownerOrgNo: string;
  systemId: string;
  systemUserIds: string[];
  scopes: string[];
  clientId: string;
}

export function systemUserClaims(options: SystemUserClaimsOptions): JWTPayload {
  return {
    ...enterpriseClaims({ orgNo: options.vendorOrgNo, scopes: options.scopes, clientId: options.clientId }),
    authorization_details: [
      {
        type: 'urn:altinn:systemuser',
        systemuser_id: options.systemUserIds,
        systemuser_org: orgIdentifier(options.ownerOrgNo),
        system_id: options.systemId,
      },
    ],
  };
}

export function personalClaims(options: {
  pid: string;
  userId: number;
  partyId: number;
  partyUuid?: string;
  scopes: string[];
}): JWTPayload {
  return {
    scope: options.scopes.join(' '),
    pid: options.pid,
    'urn:altinn:userid': String(options.userId),
    'urn:altinn:partyid': String(options.partyId),
    ...(options.partyUuid ? { 'urn:altinn:party:uuid': options.partyUuid } : {}),
    'urn:altinn:authenticatemethod': 'IdportenTestId',
    'urn:altinn:authlevel': 3,
    acr: 'idporten-loa-substantial',
  };
}
