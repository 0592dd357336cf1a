import { afterEach, describe, expect, it, vi } from 'vitest';

// The sandbox's own cookies (the chosen party, the language) are Secure exactly when PUBLIC_URL is https;
// next-auth decides the same for its session cookie from NEXTAUTH_URL, which the sandbox sets to PUBLIC_URL.

async function options(env: Record<string, string>) {
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return (await import('@/lib/session/chosen-party')).partyCookieOptions();
}

describe('cookie options', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('are Secure behind an https PUBLIC_URL', async () => {
    expect(await options({ PUBLIC_URL: 'https://sandbox.example.com' })).toMatchObject({ secure: true, httpOnly: true, sameSite: 'lax' });
  });

  it('are not Secure on plain http (a browser would drop them)', async () => {
    expect(await options({ PUBLIC_URL: 'http://localhost:3000' })).toMatchObject({ secure: false });
  });
});
