import type pg from 'pg';
import { StoreError, type EventStore } from '../store.js';
import { article } from './article.js';
import { findArticle } from './find-article.js';
import { LATEST_VERSION } from './migrations/index.js';
import { migrate, schemaVersion } from './migrator.js';
import { network } from './network.js';
import { places } from './places.js';
import { createPool, redact } from './pool.js';
import { putArticle } from './put-article.js';
import { queryEvents } from './query-events.js';
import { dyadSeries } from './series.js';
import { stats } from './stats.js';

const DRIVER_NAME = 'postgres';

export interface PostgresStoreOptions {
  /** Do not migrate: the schema must already be current (`dyad migrate`). Writes are still possible. */
  readonly?: boolean;
  /** Connections at most (default 4): concurrent putArticle calls each hold one while they write. */
  maxConnections?: number;
  /** Clock for `added_at`; injected so tests can fix it. */
  now?: () => Date;
  /** Shown in `pg_stat_activity`. */
  applicationName?: string;
}

/**
 * The PostgreSQL store: the same contract and results as the SQLite store, for many writers on many
 * machines. Connects with a pool, migrates on open (serialised between processes by an advisory
 * lock), and writes each article in one transaction (put-article.ts says how concurrent writers stay
 * correct).
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<EventStore & { pool: pg.Pool }> {
  const location = redact(url);
  const pool = createPool(url, { max: options.maxConnections ?? 4, applicationName: options.applicationName ?? 'dyad' });
  try {
    if (options.readonly) {
      const v = await schemaVersion(pool).catch(() => 0);
      if (v !== LATEST_VERSION) throw new StoreError('unsupported', `${DRIVER_NAME}: ${location} has schema version ${v}, this Dyad needs ${LATEST_VERSION}; run \`dyad migrate\``);
    } else {
      await migrate(pool, location);
    }
  } catch (err) {
    await pool.end().catch(() => {});
    if (err instanceof StoreError) throw err;
    throw new Error(`${DRIVER_NAME}: cannot open ${location}: ${(err as Error).message}`);
  }
  const now = options.now ?? (() => new Date());
  let open = true;
  const live = () => {
    if (!open) throw new StoreError('closed', `${DRIVER_NAME}: ${location} is closed`);
    return pool;
  };
  return {
    kind: DRIVER_NAME,
    location,
    pool,
    async migrate() {
      return migrate(live(), location);
    },
    async close() {
      if (!open) return;
      open = false;
      await pool.end();
    },
    async findArticle(key) {
      return findArticle(live(), key);
    },
    async putArticle(input) {
      return putArticle(live(), input, () => now().toISOString());
    },
    async events(query) {
      return queryEvents(live(), query);
    },
    async dyadSeries(query) {
      return dyadSeries(live(), query);
    },
    async network(query) {
      return network(live(), query);
    },
    async article(id) {
      return article(live(), id);
    },
    async places(query) {
      return places(live(), query);
    },
    async stats() {
      return stats(live());
    },
  };
}
