import type { StoreStats } from '../types/query.js';
import { schemaVersion } from './migrator.js';
import type { Queryable } from './pool.js';

/**
 * The summary scans every event, and the dashboard asks for it on every load. Nothing in the store
 * is ever deleted, so the highest ids say whether anything was added; since concurrent writers may
 * commit ids out of order, a kept summary is also at most half a minute old.
 */
const cache = new WeakMap<Queryable, { key: string; at: number; value: StoreStats }>();
const MAX_AGE_MS = 30_000;

export async function stats(db: Queryable): Promise<StoreStats> {
  const ids = (await db.query('SELECT (SELECT max(id) FROM articles) AS a, (SELECT max(id) FROM events) AS e, (SELECT max(id) FROM event_mentions) AS m')).rows[0] as Record<string, unknown>;
  const key = `${ids.a}:${ids.e}:${ids.m}`;
  const hit = cache.get(db);
  if (hit && hit.key === key && Date.now() - hit.at < MAX_AGE_MS) return hit.value;
  const value = await computeStats(db);
  cache.set(db, { key, at: Date.now(), value });
  return value;
}

async function computeStats(db: Queryable): Promise<StoreStats> {
  const one = async <T>(sql: string) => (await db.query(sql)).rows[0] as T;
  const n = async (sql: string) => (await one<{ n: number }>(sql)).n;
  const events = await one<{ n: number; m: number | null; lo: string | null; hi: string | null }>(
    "SELECT count(*) AS n, sum(num_mentions) AS m, min(nullif(day, '')) AS lo, max(nullif(day, '')) AS hi FROM events",
  );
  const pub = await one<{ lo: string | null; hi: string | null }>('SELECT min(published) AS lo, max(published) AS hi FROM articles');
  const topDyads = await db.query<{ a: string; b: string; events: number; mentions: number }>(
    `SELECT least(source_party, target_party) AS a, greatest(source_party, target_party) AS b, count(*) AS events, sum(num_mentions) AS mentions
     FROM events WHERE source_party <> '' AND target_party <> '' AND source_party <> target_party
     GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT 10`,
  );
  return {
    schemaVersion: await schemaVersion(db),
    articles: await n('SELECT count(*) AS n FROM articles'),
    copies: await n('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL'),
    outlets: await n('SELECT count(*) AS n FROM outlets'),
    events: events.n,
    mentions: events.m ?? 0,
    firstDay: events.lo,
    lastDay: events.hi,
    firstPublished: pub.lo,
    lastPublished: pub.hi,
    topDyads: topDyads.rows,
  };
}
