import 'server-only';

import { database } from './db';
import { logger } from './logger';

export interface Health {
  status: 'Healthy' | 'Unhealthy';
  database: { kind: 'pglite' | 'postgres' | 'unknown'; ok: boolean; latencyMs: number; migrations?: number };
}

/** Asks the database for one trivial row; the sandbox is healthy when it answers. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const opened = await database();
    const [row] = await opened.driver.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL`,
    );
    return {
      status: 'Healthy',
      database: {
        kind: opened.driver.kind,
        ok: true,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        migrations: row.count,
      },
    };
  } catch (error) {
    logger().error({ err: error }, 'health check failed');
    return {
      status: 'Unhealthy',
      database: { kind: 'unknown', ok: false, latencyMs: Math.round(performance.now() - started) },
    };
  }
}
