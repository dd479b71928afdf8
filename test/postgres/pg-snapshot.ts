// The run-independent picture of a PostgreSQL database that test/ingest/db-snapshot.ts takes of a
// SQLite one (same fields, same shape), so a PostgreSQL database can be compared with another or
// with a SQLite database built from the same input.
import type { Snapshot } from '../ingest/db-snapshot.js';
import { createPool } from '../../src/stores/postgres/index.js';

export async function pgSnapshot(url: string): Promise<Snapshot> {
  const pool = createPool(url, { max: 1 });
  try {
    const all = async <T>(sql: string) => (await pool.query(sql)).rows as T[];
    const hash = new Map((await all<{ id: number; content_hash: string }>('SELECT id, content_hash FROM articles')).map((a) => [a.id, a.content_hash]));
    const key = (sourceKey: string) => sourceKey.replace(/^article:(\d+)$/, (_, id: string) => `article:${hash.get(Number(id))}`);
    const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
    const articles = await all<Record<string, unknown>>('SELECT id, content_hash, canonical_url, copy_of, similarity, source_key, title, published, day, ref, tone FROM articles');
    const events = await all<Record<string, unknown>>(
      'SELECT id, date, source_code, target_code, cameo, location_key, num_mentions, num_articles, num_sources, round(tone_sum::numeric, 6) AS tone, first_seen, last_seen, is_root, source_url FROM events',
    );
    const eventKey = new Map(events.map((e) => [e.id as number, `${e.date}|${e.source_code}|${e.target_code}|${e.cameo}|${e.location_key}`]));
    const mentions = await all<Record<string, unknown>>('SELECT event_id, article_id, source_key, sentence_start, trigger_start, trigger_end, evidence, rule_ids FROM event_mentions');
    const tables: Record<string, number> = {};
    for (const t of ['outlets', 'lsh_bands', 'entities', 'places', 'quotes', 'counts']) tables[t] = (await all<{ n: number }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n;
    // PostgreSQL keeps a day's article count in several rows (migration 004); SQLite has one per day.
    tables.volume = (await all<{ n: number }>('SELECT count(DISTINCT day) AS n FROM volume'))[0]!.n;
    return {
      articles: sorted(articles.map(({ id: _id, copy_of, source_key, ...a }) => ({ ...a, copyOf: copy_of === null ? null : hash.get(copy_of as number), sourceKey: key(source_key as string) }))),
      events: sorted(events.map(({ id: _id, ...e }) => e)),
      mentions: sorted(mentions.map(({ event_id, article_id, source_key, ...m }) => ({ ...m, event: eventKey.get(event_id as number), article: hash.get(article_id as number), sourceKey: key(source_key as string) }))),
      tables,
    };
  } finally {
    await pool.end();
  }
}

/**
 * A snapshot without what depends on which of two near-duplicates committed first when they were
 * coded at the same moment on two workers: the direction of the copy link (kept as the unordered
 * group, with the similarity the copy carries), the source key it passes on, and what follows from
 * that (NumSources, SOURCEURL).
 */
export function orderFree(s: Snapshot): Snapshot {
  const parse = (xs: unknown[]) => xs.map((x) => JSON.parse(x as string) as Record<string, unknown>);
  const articles = parse(s.articles);
  const groups = new Map<string, string[]>();
  for (const a of articles) {
    const root = (a.copyOf ?? a.content_hash) as string;
    groups.set(root, [...(groups.get(root) ?? []), a.content_hash as string]);
  }
  // The similarity is stored on the copy, so it moves with the direction too; it belongs to the group.
  const similarity = new Map(articles.map((a) => [a.content_hash as string, a.similarity as number | null]));
  const groupOf = new Map<string, string>();
  for (const members of groups.values()) {
    const sims = members.map((m) => similarity.get(m)).filter((x) => x !== null).sort();
    for (const m of members) groupOf.set(m, members.length > 1 ? `${[...members].sort().join('+')} ${sims.join(',')}` : '');
  }
  const sorted = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    articles: sorted(articles.map(({ copyOf: _c, sourceKey: _s, similarity: _m, ...a }) => ({ ...a, group: groupOf.get(a.content_hash as string) }))),
    events: sorted(parse(s.events).map(({ num_sources: _n, source_url: _u, ...e }) => e)),
    mentions: sorted(parse(s.mentions).map(({ sourceKey: _s, ...m }) => m)),
    tables: s.tables,
  };
}

/** Content hash → the content hash of its original, for articles stored as copies. */
export function copyLinks(s: Snapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const x of s.articles) {
    const a = JSON.parse(x as string) as { content_hash: string; copyOf: string | null };
    if (a.copyOf) out.set(a.content_hash, a.copyOf);
  }
  return out;
}

/**
 * The two snapshots as they should compare: as they are when every near-duplicate has the same
 * original in both, else order-free. Two near-duplicates committed in the other order swap which is
 * the original in any run with jobs in flight together (several workers, or one worker's two slots).
 */
export function comparable(a: Snapshot, b: Snapshot): [Snapshot, Snapshot] {
  const links = (s: Snapshot) => JSON.stringify([...copyLinks(s)].sort());
  return links(a) === links(b) ? [a, b] : [orderFree(a), orderFree(b)];
}
