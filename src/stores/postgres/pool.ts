import pg from 'pg';

/** Anything that runs a query: the pool, or one client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

export interface PoolOptions {
  /** Connections at most (default 4). */
  max?: number;
  /** Sent to the server, so `pg_stat_activity` shows who is connected. */
  applicationName?: string;
  /**
   * False: commits do not wait for the WAL to reach disk (`synchronous_commit = off`). Only for work
   * that is safe to redo: a server crash may lose the last fraction of a second of such commits, and
   * since WAL is replayed in order, never one without everything committed before it.
   */
  durableCommits?: boolean;
}

// Counts come back as bigint (int8) or numeric; ours stay far below 2^53, so they are numbers here,
// as in SQLite. Set per pool, not on the global pg.types, so other users of pg are not affected.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    types,
    application_name: options.applicationName ?? 'dyad',
    ...(options.durableCommits === false ? { options: '-c synchronous_commit=off' } : {}),
  });
  // An idle client whose server went away emits 'error'; without a listener that would crash the process.
  pool.on('error', () => {});
  return pool;
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** Runs `fn` in one transaction on one client: COMMIT when it returns, ROLLBACK when it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw err;
  } finally {
    client.release(broken);
  }
}
