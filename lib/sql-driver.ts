import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/** The little the migrator and the health check need from a database connection, for PGlite and pg alike. */
export interface SqlSession {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface SqlDriver extends SqlSession {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` on one session that holds the connection for its whole duration. */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function pgliteDriver(db: PGlite): SqlDriver {
  const session: SqlSession = {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await db.query<T>(sql, params);
      return result.rows;
    },
  };
  return {
    kind: 'pglite',
    ...session,
    // PGlite is a single connection already.
    withSession: (fn) => fn(session),
    close: () => db.close(),
  };
}

function pgSession(client: Pool | PoolClient): SqlSession {
  return {
    async exec(sql) {
      // Without parameters node-postgres uses the simple protocol, which allows several statements.
      await client.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
  };
}

export function postgresDriver(pool: Pool): SqlDriver {
  return {
    kind: 'postgres',
    ...pgSession(pool),
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn(pgSession(client));
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
