import type { StoreStats } from '../types/query.js';
import { schemaVersion } from './migrator.js';
import type { Statements } from './statements.js';

/**
 * The summary scans every event (the top dyads group a million rows in about a second), and the
 * dashboard asks for it on every load. It is kept until the database changes (Statements.changeKey).
 */
const cache = new WeakMap<Statements, { key: string; value: StoreStats }>();

export function stats(st: Statements): StoreStats {
  const key = st.changeKey();
  const hit = cache.get(st);
  if (hit?.key === key) return hit.value;
  const value = computeStats(st);
  cache.set(st, { key, value });
  return value;
}

function computeStats(st: Statements): StoreStats {
  const n = (sql: string) => st.one<{ n: number }>(sql)!.n;
  const events = st.one<{ n: number; m: number | null; lo: string | null; hi: string | null }>(
    "SELECT count(*) AS n, sum(num_mentions) AS m, min(nullif(day, '')) AS lo, max(nullif(day, '')) AS hi FROM events",
  )!;
  const pub = st.one<{ lo: string | null; hi: string | null }>('SELECT min(published) AS lo, max(published) AS hi FROM articles')!;
  const topDyads = st.all<{ a: string; b: string; events: number; mentions: number }>(
    `SELECT min(source_party, target_party) AS a, max(source_party, target_party) AS b, count(*) AS events, sum(num_mentions) AS mentions
     FROM events WHERE source_party <> '' AND target_party <> '' AND source_party <> target_party
     GROUP BY a, b ORDER BY events DESC, a, b LIMIT 10`,
  );
  return {
    schemaVersion: schemaVersion(st.db),
    articles: n('SELECT count(*) AS n FROM articles'),
    copies: n('SELECT count(*) AS n FROM articles WHERE copy_of IS NOT NULL'),
    outlets: n('SELECT count(*) AS n FROM outlets'),
    events: events.n,
    mentions: events.m ?? 0,
    firstDay: events.lo,
    lastDay: events.hi,
    firstPublished: pub.lo,
    lastPublished: pub.hi,
    topDyads,
  };
}
