import { describe, expect, it } from 'vitest';

import { AltinnProblem } from '@/lib/errors';
import { approvalError, judgeApproval } from '@/lib/requests/approval-rules';
import { readRights } from '@/lib/requests/model';

// Rights are stored as JSON and read back defensively (lib/requests/model.ts readRights); and the error approve
// answers when the register no longer offers what a request asks for.

describe('readRights: a stored Right[] read defensively', () => {
  it('keeps well-formed rights with their action and only the id and value of each pair', () => {
    expect(
      readRights([{ action: 'read', resource: [{ id: 'urn:altinn:resource', value: 'ske-mva-melding', extra: 1 }] }, { resource: [] }]),
    ).toEqual([{ action: 'read', resource: [{ id: 'urn:altinn:resource', value: 'ske-mva-melding' }] }, { resource: [] }]);
  });

  it('leaves out entries that are not rights: missing, null, strings, numbers, or without a resource list', () => {
    const right = { resource: [{ id: 'urn:altinn:resource', value: 'ske-mva-melding' }] };
    expect(readRights([undefined, null, 'right', 7, { resource: 'x' }, right])).toEqual([right]);
    expect(readRights('not a list')).toEqual([]);
  });

  it('drops pairs that are missing or lack a string id or value', () => {
    const pairs = [
      null,
      undefined,
      { id: 'urn:altinn:resource' },
      { value: 'x' },
      { id: 1, value: 'x' },
      { id: 'urn:altinn:resource', value: 'ske-mva-melding' },
    ];
    expect(readRights([{ resource: pairs }])).toEqual([{ resource: [{ id: 'urn:altinn:resource', value: 'ske-mva-melding' }] }]);
  });
});

describe('approvalError for a request the register no longer backs', () => {
  const facts = {
    request: { type: 'standard' as const, status: 'New' as const, escalated: false, rights: [], accessPackages: [] },
    systemDeleted: false,
    access: { isAccessManager: true, rights: [], packages: [] },
    systemUserExists: false,
  };

  it('answers the register’s own refusal', async () => {
    const refusal = new AltinnProblem('AUTH-00064', { NotDelegablePackages: 'urn:altinn:accesspackage:x' });
    const withRefusal = { ...facts, registerProblem: refusal };
    expect(await approvalError(withRefusal, judgeApproval(withRefusal))).toBe(refusal);
  });

  it('answers AUTH-00001 when the check says the system changed but no refusal came with the facts', async () => {
    const error = await approvalError(
      { ...facts, registerProblem: undefined },
      { ...judgeApproval({ ...facts, registerProblem: undefined }), reason: 'system-changed' },
    );
    expect(error).toBeInstanceOf(AltinnProblem);
    expect((error as AltinnProblem).code).toBe('AUTH-00001');
  });
});
