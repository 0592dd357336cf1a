import { beforeAll, describe, expect, it } from 'vitest';

import { isSyntheticPid } from '@/lib/identifiers';
import { authOptions, LOGIN_ERRORS } from '@/lib/session/auth-options';

import { useTestDatabase } from '../support/database';

type Authorize = (credentials: Record<string, string> | undefined, request: unknown) => Promise<unknown>;

describe('the test-ID login', () => {
  let authorize: Authorize;

  useTestDatabase();
  beforeAll(async () => {
    const provider = (await authOptions()).providers[0] as unknown as { options: { id: string; authorize: Authorize } };
    expect(provider.options.id).toBe('testid');
    authorize = provider.options.authorize;
  }, 120_000);

  it('logs in a synthetic person from the data, with what the session carries', async () => {
    expect(await authorize({ pid: ' 12858540036 ' }, {})).toMatchObject({
      name: 'Kari Nordmann',
      pid: '12858540036',
      userId: 20001001,
      partyId: 50002001,
    });
  });

  it('tells a malformed number from an unknown one', async () => {
    await expect(authorize({ pid: '123' }, {})).rejects.toThrow(LOGIN_ERRORS.malformed);
    // A real-looking (non-synthetic) number is refused as malformed: the sandbox only holds synthetic people.
    await expect(authorize({ pid: '12058540036' }, {})).rejects.toThrow(LOGIN_ERRORS.malformed);
    await expect(authorize(undefined, {})).rejects.toThrow(LOGIN_ERRORS.malformed);
    const unknown = Array.from({ length: 100_000 }, (_, i) => `018180${String(i).padStart(5, '0')}`).find(isSyntheticPid)!;
    await expect(authorize({ pid: unknown }, {})).rejects.toThrow(LOGIN_ERRORS.unknown);
  });

  it('derives a stable session secret from the database when NEXTAUTH_SECRET is unset', async () => {
    const first = (await authOptions()).secret;
    const second = (await authOptions()).secret;
    expect(first).toMatch(/^[\w-]{40,}$/);
    expect(second).toBe(first);
  });
});
