import { describe, expect, it } from 'vitest';

import { config } from '@/lib/config';
import {
  changeRequestResponse,
  confirmUrl,
  internalRequestResponse,
  requestLocation,
  requestResponse,
  type RequestWithSystem,
  systemNames,
} from '@/lib/requests/model';

// The request models as the vendor and the approval page read them, built from a stored row without a
// database (lib/requests/model.ts): which fields each type carries, the links, and the timeout flag.

const right = { resource: [{ id: 'urn:altinn:resource', value: 'ske-krav-og-betalinger' }] };
const PKG = 'urn:altinn:accesspackage:skattegrunnlag';

function row(overrides: Partial<RequestWithSystem> = {}): RequestWithSystem {
  return {
    id: '5d0c5a53-5d2c-4c5e-9d0e-2d6b1f3b9a11',
    type: 'standard',
    systemInternalId: 'b1f3b9a1-5d2c-4c5e-9d0e-2d6b1f3b9a11',
    partyOrgNo: '314248295',
    externalRef: 'ref-1',
    integrationTitle: null,
    rights: [right],
    accessPackages: [PKG],
    unwantedRights: [],
    unwantedAccessPackages: [],
    systemUserId: null,
    redirectUrl: null,
    status: 'New',
    escalated: true,
    created: new Date(),
    lastChanged: new Date(),
    changedBy: null,
    isDeleted: false,
    system: { systemId: '991825827_sys', name: { nb: 'System' } } as unknown as RequestWithSystem['system'],
    ...overrides,
  };
}

describe('the request models', () => {
  const base = config().PUBLIC_URL;

  it('links each type to its approval page, and a change request to its own read path', () => {
    expect(confirmUrl('standard', 'x')).toBe(`${base}/accessmanagement/ui/systemuser/request?id=x&DONTCHOOSEREPORTEE=true`);
    expect(confirmUrl('agent', 'x')).toBe(`${base}/accessmanagement/ui/systemuser/agentrequest?id=x&DONTCHOOSEREPORTEE=true`);
    expect(confirmUrl('change', 'x')).toBe(`${base}/accessmanagement/ui/systemuser/changerequest?id=x&DONTCHOOSEREPORTEE=true`);
    expect(requestLocation('standard', 'x')).toBe(`${base}/authentication/api/v1/systemuser/request/x`);
    expect(requestLocation('agent', 'x')).toBe(`${base}/authentication/api/v1/systemuser/request/x`);
    expect(requestLocation('change', 'x')).toBe(`${base}/authentication/api/v1/systemuser/changerequest/x`);
  });

  it('reads a system name object, and nothing else, as names', () => {
    expect(systemNames({ systemId: 's', name: { nb: 'Navn', en: 'Name' } })).toEqual({ nb: 'Navn', en: 'Name' });
    for (const name of [null, 'Navn', ['Navn'], 5]) expect(systemNames({ systemId: 's', name })).toEqual({});
  });

  it('gives the vendor rights only for a standard request, never escalated, with the confirm URL on request', () => {
    const standard = requestResponse(row({ integrationTitle: 'Tittel', redirectUrl: 'https://v.example/done' }), { withConfirmUrl: true });
    expect(standard).toEqual({
      id: row().id,
      integrationTitle: 'Tittel',
      externalRef: 'ref-1',
      systemId: '991825827_sys',
      partyOrgNo: '314248295',
      rights: [right],
      accessPackages: [{ urn: PKG }],
      status: 'New',
      redirectUrl: 'https://v.example/done',
      confirmUrl: confirmUrl('standard', row().id),
      escalated: false,
      created: expect.any(String),
      timedOut: false,
    });
    const agent = requestResponse(row({ type: 'agent' }), { withConfirmUrl: false });
    expect(agent).not.toHaveProperty('rights');
    expect(agent).not.toHaveProperty('confirmUrl');
    expect(agent).toMatchObject({ integrationTitle: undefined, redirectUrl: undefined });
    const old = requestResponse(row({ created: new Date(Date.now() - 11 * 24 * 60 * 60 * 1000) }), { withConfirmUrl: false });
    expect(old).toMatchObject({ status: 'Timedout', timedOut: true });
  });

  it('gives the approval page the party, no rights for an agent request, and says when it is an agent one', () => {
    const party = { partyId: 51234567, id: 'c0ffee00-5d2c-4c5e-9d0e-2d6b1f3b9a11' };
    const standard = internalRequestResponse(row(), party, true);
    expect(standard).toMatchObject({
      partyId: party.partyId,
      partyUuid: party.id,
      rights: [right],
      escalated: true,
      userMayEscalateButNotApprove: true,
    });
    expect(standard).not.toHaveProperty('systemUserType');
    expect(internalRequestResponse(row({ redirectUrl: 'https://v.example/x' }), party, false).redirectUrl).toBe('https://v.example/x');
    const agent = internalRequestResponse(row({ type: 'agent' }), party, false);
    expect(agent).toMatchObject({ rights: [], systemUserType: 'agent', redirectUrl: undefined });
  });

  it('gives a change request its required and unwanted rights and packages', () => {
    const change = changeRequestResponse(
      row({ type: 'change', systemUserId: null, unwantedRights: [right], unwantedAccessPackages: ['urn:x'] }),
      { withConfirmUrl: true },
    );
    expect(change).toMatchObject({
      systemUserId: '',
      requiredRights: [right],
      unwantedRights: [right],
      requiredAccessPackages: [{ urn: PKG }],
      unwantedAccessPackages: [{ urn: 'urn:x' }],
      confirmUrl: confirmUrl('change', row().id),
      timedOut: false,
    });
    expect(change.redirectUrl).toBeUndefined();
    const old = changeRequestResponse(row({ type: 'change', redirectUrl: 'https://v.example/x', created: new Date(0) }), {
      withConfirmUrl: false,
    });
    expect(old).toMatchObject({ redirectUrl: 'https://v.example/x', status: 'Timedout', timedOut: true });
    expect(old).not.toHaveProperty('confirmUrl');
  });
});
