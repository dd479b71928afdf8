import type pg from 'pg';
import { StoreError } from '../store.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';
import { inTransaction, type Queryable } from './pool.js';

// An advisory lock in the two-integer key space (the one-bigint space holds LSH band locks), so
// processes starting together (N workers) migrate one after another instead of racing.
const MIGRATION_LOCK = [0x64796164, 1];

/** Brings the schema to the latest version, all in one transaction; refuses a newer database. */
export async function migrate(pool: pg.Pool, location: string): Promise<{ from: number; to: number }> {
  return inTransaction(pool, async (c) => {
    await c.query('SELECT pg_advisory_xact_lock($1, $2)', MIGRATION_LOCK);
    await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    const from = await schemaVersion(c);
    if (from > LATEST_VERSION) {
      throw new StoreError('schema-too-new', `${location} has schema version ${from}, newer than this Dyad knows (${LATEST_VERSION}); upgrade Dyad`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
    }
    return { from, to: await schemaVersion(c) };
  });
}

export async function schemaVersion(db: Queryable): Promise<number> {
  const r = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return r.rows[0]?.v ?? 0;
}
