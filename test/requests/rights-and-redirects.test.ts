import { describe, expect, it } from 'vitest';

import { AltinnProblem } from '@/lib/errors';
import { readRights, resourceIds, rightsJson, sameRight } from '@/lib/requests/model';
import { checkRedirectUrl, checkRights } from '@/lib/requests/validate';

// The request rules that need no database: how stored rights are read, when a requested right is one of the
// system's (AUTH-00001), and which redirect URLs a system allows (AUTH-00021, AUTH-00026).

const pair = (value: string, id = 'urn:altinn:resource') => ({ id, value });
const right = (...values: string[]) => ({ resource: values.map((v) => pair(v)) });

function codeOf(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    if (error instanceof AltinnProblem) return error.code;
    throw error;
  }
}

describe('stored rights', () => {
  it('reads what is well formed and leaves the rest out', () => {
    expect(readRights(undefined)).toEqual([]);
    expect(readRights({ resource: [] })).toEqual([]);
    expect(
      readRights([
        null,
        'x',
        { resource: 'x' },
        { action: 'read', resource: [pair('a'), { id: 1, value: 'b' }, { id: 'c' }, null, { id: 'urn:x', value: 'd', extra: 1 }] },
        { action: 5, resource: [pair('e')] },
      ]),
    ).toEqual([{ action: 'read', resource: [pair('a'), { id: 'urn:x', value: 'd' }] }, { resource: [pair('e')] }]);
  });

  it('writes only the action and the pairs', () => {
    const withExtra = { action: 'read', resource: [{ ...pair('a'), note: 'x' }], more: 1 } as unknown as Parameters<
      typeof rightsJson
    >[0][0];
    expect(rightsJson([withExtra, right('b')])).toEqual([{ action: 'read', resource: [pair('a')] }, { resource: [pair('b')] }]);
  });

  it('names each resource id once, from urn:altinn:resource pairs only', () => {
    expect(resourceIds([right('a', 'b'), right('a'), { resource: [pair('org', 'urn:altinn:org')] }])).toEqual(['a', 'b']);
  });

  it('compares rights pair by pair, in any order, with as many pairs', () => {
    expect(sameRight(right('a', 'b'), right('b', 'a'))).toBe(true);
    expect(sameRight(right('a'), right('a', 'b'))).toBe(false);
    expect(sameRight(right('a', 'b'), right('a'))).toBe(false);
    expect(sameRight(right('a', 'b'), right('a', 'c'))).toBe(false);
    expect(sameRight(right('a'), { resource: [pair('a', 'urn:other')] })).toBe(false);
  });
});

describe('requested rights must be the system’s (AUTH-00001)', () => {
  const system = { rights: [right('a'), right('b', 'c')] };

  it('accepts none, one of the system’s rights, or several', () => {
    expect(codeOf(() => checkRights(system, []))).toBeUndefined();
    expect(codeOf(() => checkRights({ rights: [] }, []))).toBeUndefined();
    expect(codeOf(() => checkRights(system, [right('a')]))).toBeUndefined();
    expect(codeOf(() => checkRights(system, [right('c', 'b'), right('a')]))).toBeUndefined();
  });

  it('refuses a right the system lacks, a partial or bigger one, an empty one, and more rights than it has', () => {
    expect(codeOf(() => checkRights(system, [right('x')]))).toBe('AUTH-00001');
    expect(codeOf(() => checkRights(system, [right('b')]))).toBe('AUTH-00001');
    expect(codeOf(() => checkRights(system, [right('a', 'x')]))).toBe('AUTH-00001');
    expect(codeOf(() => checkRights(system, [{ resource: [] }]))).toBe('AUTH-00001');
    expect(codeOf(() => checkRights({ rights: [right('a')] }, [right('a'), right('a')]))).toBe('AUTH-00001');
  });
});

describe('redirect URLs', () => {
  const system = { allowedRedirectUrls: ['https://vendor.example/done', 'https://other.example/a/b'] };

  it('needs none; one given must match scheme, host and path of an allowed one, query and fragment aside', () => {
    expect(codeOf(() => checkRedirectUrl(system, undefined))).toBeUndefined();
    expect(codeOf(() => checkRedirectUrl(system, ''))).toBeUndefined();
    expect(codeOf(() => checkRedirectUrl({ allowedRedirectUrls: [] }, null))).toBeUndefined();
    expect(codeOf(() => checkRedirectUrl(system, 'https://vendor.example/done?x=1#y'))).toBeUndefined();
    expect(codeOf(() => checkRedirectUrl(system, 'HTTPS://VENDOR.EXAMPLE/done'))).toBeUndefined();
    expect(codeOf(() => checkRedirectUrl(system, 'https://other.example/a/b'))).toBeUndefined();
  });

  it('refuses another path (case counts), host or scheme, a malformed URL, and any URL when none is allowed', () => {
    expect(codeOf(() => checkRedirectUrl(system, 'https://vendor.example/Done'))).toBe('AUTH-00021');
    expect(codeOf(() => checkRedirectUrl(system, 'https://vendor.example/done/more'))).toBe('AUTH-00021');
    expect(codeOf(() => checkRedirectUrl(system, 'https://evil.example/done'))).toBe('AUTH-00021');
    expect(codeOf(() => checkRedirectUrl(system, 'http://vendor.example/done'))).toBe('AUTH-00021');
    expect(codeOf(() => checkRedirectUrl(system, 'not a url'))).toBe('AUTH-00021');
    expect(codeOf(() => checkRedirectUrl({ allowedRedirectUrls: ['not a url'] }, 'not a url'))).toBe('AUTH-00021');
    expect(codeOf(() => checkRedirectUrl({ allowedRedirectUrls: [] }, 'https://vendor.example/done'))).toBe('AUTH-00026');
  });
});
