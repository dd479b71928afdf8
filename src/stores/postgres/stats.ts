import type { StoreStats } from '../types/query.js';
import { schemaVersion } from './migrator.js';
import type { Queryable } from './pool.js';

export async function stats(db: Queryable): Promise<StoreStats> {
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
