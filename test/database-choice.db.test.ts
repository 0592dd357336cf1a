import { readdirSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { GET as health } from '@/app/health/route';
import { readConfig } from '@/lib/config';
import { database, db } from '@/lib/db';
import { checkHealth } from '@/lib/health';
import { DEFAULT_MIGRATIONS_DIR } from '@/lib/migrate';

import { testDbKind, useTestDatabase } from './support/database';

describe('configuration', () => {
  it('uses the embedded database unless DATABASE_URL names a PostgreSQL server', () => {
    expect(readConfig({}).DATABASE_URL).toBeUndefined();
    expect(readConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(readConfig({ DATABASE_URL: 'postgres://u@db:5432/x' }).DATABASE_URL).toBe('postgres://u@db:5432/x');
    expect(() => readConfig({ DATABASE_URL: 'mysql://u@db/x' })).toThrow(/postgres/);
  });

  it('derives PUBLIC_URL from PORT and defaults the rest', () => {
    expect(readConfig({})).toMatchObject({
      PORT: 3000,
      PUBLIC_URL: 'http://localhost:3000',
      DATA_DIR: './.data',
      PAGE_SIZE: 50,
      REQUEST_TIMEOUT_DAYS: 10,
      TESTTOOLS_ENABLED: true,
    });
    expect(readConfig({ PORT: '4000' }).PUBLIC_URL).toBe('http://localhost:4000');
    expect(readConfig({ PUBLIC_URL: 'https://sandbox.example/' }).PUBLIC_URL).toBe('https://sandbox.example');
    expect(readConfig({ TESTTOOLS_ENABLED: 'false' }).TESTTOOLS_ENABLED).toBe(false);
  });
});

describe('the database in use', () => {
  const opened = useTestDatabase();

  it('is the kind this test project runs on, and one shared client serves every caller', async () => {
    const current = await database();
    expect(current.driver.kind).toBe(testDbKind());
    expect(current.label).toMatch(testDbKind() === 'postgres' ? /^PostgreSQL at / : /^PGlite/);
    expect(current.label).not.toMatch(/password|@/);
    expect(await db()).toBe(await db());
    expect(await (await db()).organization.count()).toBeGreaterThan(0);
  });

  it('answers /health with its kind and the applied migrations', async () => {
    const response = await health(new Request('http://localhost/health'), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    const folders = readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(body).toMatchObject({ status: 'Healthy', database: { kind: testDbKind(), ok: true, migrations: folders.length } });
  });

  it('reports Unhealthy, not a 500, when the database is gone', async () => {
    await opened().close();
    const result = await checkHealth();
    expect(result.status).toBe('Unhealthy');
  });
});
