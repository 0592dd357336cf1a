import { describe, expect, it } from 'vitest';

import { AltinnProblem, DomainError, problem } from '@/lib/errors';
import { approvalError, type ApprovalFacts, judgeApproval, missingAccess, notFoundCheck } from '@/lib/requests/approval-rules';
import { effectiveStatus, isTimedOut, stillNew, timeoutCutoff, visibleToVendor } from '@/lib/requests/timeout';

// The approval rules and the timeout without a database: which buttons the approval page shows, in which
// order the blockers are decided, and the error approve answers for each (lib/requests/approval-rules.ts).

const right = (value: string) => ({ resource: [{ id: 'urn:altinn:resource', value }] });
const PKG = 'urn:altinn:accesspackage:skattegrunnlag';

function facts(overrides: Partial<Omit<ApprovalFacts, 'request'>> & { request?: Partial<ApprovalFacts['request']> } = {}): ApprovalFacts {
  return {
    systemDeleted: false,
    access: { isAccessManager: true, rights: ['a'], packages: [PKG] },
    registerProblem: undefined,
    systemUserExists: false,
    ...overrides,
    request: { type: 'standard', status: 'New', escalated: false, rights: [right('a')], accessPackages: [PKG], ...overrides.request },
  };
}

const approvable = { canApprove: true, canReject: true, mayEscalate: false, missingRights: [], missingPackages: [], reason: null };
const blocked = { canApprove: false, canReject: false, mayEscalate: false, missingRights: [], missingPackages: [] };

describe('judgeApproval', () => {
  it('lets an access manager holding everything approve or reject a new request', () => {
    expect(judgeApproval(facts())).toEqual(approvable);
    expect(judgeApproval(facts({ request: { type: 'change' } }))).toEqual(approvable);
  });

  it('blocks a request that is no longer new, or timed out, with no buttons', () => {
    for (const status of ['Accepted', 'Rejected', 'Denied'] as const) {
      expect(judgeApproval(facts({ request: { status } }))).toEqual({ ...blocked, reason: 'not-new' });
    }
    expect(judgeApproval(facts({ request: { status: 'Timedout' } }))).toEqual({ ...blocked, reason: 'timed-out' });
  });

  it('lets a representative who is no access manager escalate once; someone without access nothing', () => {
    expect(judgeApproval(facts({ access: undefined }))).toEqual({ ...blocked, reason: 'no-access' });
    const representative = { isAccessManager: false, rights: ['a'], packages: [PKG] };
    expect(judgeApproval(facts({ access: representative }))).toEqual({ ...blocked, mayEscalate: true, reason: 'not-access-manager' });
    expect(judgeApproval(facts({ access: representative, request: { escalated: true } }))).toEqual({
      ...blocked,
      reason: 'not-access-manager',
    });
  });

  it('lets an access manager only reject when the system is gone or changed, or a system user exists', () => {
    const rejectOnly = { ...blocked, canReject: true };
    expect(judgeApproval(facts({ systemDeleted: true }))).toEqual({ ...rejectOnly, reason: 'system-deleted' });
    expect(judgeApproval(facts({ registerProblem: problem('AUTH-00001') }))).toEqual({ ...rejectOnly, reason: 'system-changed' });
    expect(judgeApproval(facts({ systemUserExists: true }))).toEqual({ ...rejectOnly, reason: 'system-user-exists' });
  });

  it('names the rights and packages an access manager lacks, except for an agent request', () => {
    const poor = { isAccessManager: true, rights: [], packages: [] };
    expect(judgeApproval(facts({ access: poor }))).toEqual({
      ...blocked,
      canReject: true,
      missingRights: ['a'],
      missingPackages: [PKG],
      reason: 'missing-rights',
    });
    expect(judgeApproval(facts({ access: { ...poor, rights: ['a'] } }))).toMatchObject({ missingRights: [], missingPackages: [PKG] });
    expect(judgeApproval(facts({ access: { ...poor, packages: [PKG] } }))).toMatchObject({ missingRights: ['a'], missingPackages: [] });
    expect(judgeApproval(facts({ access: poor, request: { type: 'agent', rights: [] } }))).toEqual(approvable);
  });

  it('decides in order: status, access, system, rights, existing system user', () => {
    const everything = facts({
      access: { isAccessManager: false, rights: [], packages: [] },
      systemDeleted: true,
      registerProblem: problem('AUTH-00001'),
      systemUserExists: true,
    });
    expect(judgeApproval({ ...everything, request: { ...everything.request, status: 'Timedout' } }).reason).toBe('timed-out');
    expect(judgeApproval({ ...everything, access: undefined }).reason).toBe('no-access');
    expect(judgeApproval(everything).reason).toBe('not-access-manager');
    const manager = { ...everything, access: { isAccessManager: true, rights: [], packages: [] } };
    expect(judgeApproval(manager).reason).toBe('system-deleted');
    expect(judgeApproval({ ...manager, systemDeleted: false }).reason).toBe('system-changed');
    expect(judgeApproval({ ...manager, systemDeleted: false, registerProblem: undefined }).reason).toBe('missing-rights');
  });

  it('missingAccess compares resource ids and package URNs', () => {
    expect(missingAccess({ rights: ['a', 'x'], packages: ['p'] }, [right('a'), right('b')], ['p', 'q'])).toEqual({
      missingRights: ['b'],
      missingPackages: ['q'],
    });
  });
});

describe('approvalError', () => {
  const codeOf = async (f: ApprovalFacts) => {
    const error = await approvalError(f, judgeApproval(f));
    return error instanceof AltinnProblem ? error.code : error instanceof DomainError ? error.failure : String(error);
  };

  it('answers each blocker with its code', async () => {
    expect(await approvalError(facts(), notFoundCheck())).toMatchObject({ code: 'AUTH-00010' });
    expect(await codeOf(facts({ request: { status: 'Accepted' } }))).toBe('AUTH-00013');
    expect(await codeOf(facts({ request: { status: 'Timedout' } }))).toBe('AUTH-00013');
    expect(await codeOf(facts({ access: undefined }))).toBe('forbidden');
    expect(await codeOf(facts({ access: { isAccessManager: false, rights: [], packages: [] } }))).toBe('forbidden');
    expect(await codeOf(facts({ systemDeleted: true }))).toBe('AUTH-00011');
    expect(await codeOf(facts({ registerProblem: problem('AUTH-00064') }))).toBe('AUTH-00064');
    expect(await codeOf(facts({ access: { isAccessManager: true, rights: ['a'], packages: [] } }))).toBe('AUTH-00053');
    expect(await codeOf(facts({ systemUserExists: true }))).toBe('AUTH-00004');
    expect(await codeOf(facts())).toBe('AUTH-00004');
  });
});

describe('the timeout', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const daysBefore = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

  it('times out a request still New after the configured days, and only then', () => {
    expect(timeoutCutoff(now)).toEqual(daysBefore(10));
    expect(isTimedOut({ status: 'New', created: daysBefore(10.001) }, now)).toBe(true);
    expect(isTimedOut({ status: 'New', created: daysBefore(10) }, now)).toBe(false);
    expect(isTimedOut({ status: 'Accepted', created: daysBefore(30) }, now)).toBe(false);
    expect(isTimedOut({ status: 'Timedout', created: now }, now)).toBe(true);
    expect(effectiveStatus({ status: 'New', created: daysBefore(11) }, now)).toBe('Timedout');
    expect(effectiveStatus({ status: 'New', created: daysBefore(9) }, now)).toBe('New');
    expect(effectiveStatus({ status: 'Rejected', created: daysBefore(11) }, now)).toBe('Rejected');
  });

  it('filters what may still change, and what the vendor sees', () => {
    expect(stillNew()).toEqual({ status: 'New', created: { gte: expect.any(Date) } });
    expect(visibleToVendor()).toEqual({
      isDeleted: false,
      status: { not: 'Timedout' },
      NOT: { status: 'New', created: { lt: expect.any(Date) } },
    });
  });
});
