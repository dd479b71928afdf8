// A run-independent picture of a database: articles by content hash, events by key, mentions by
// (article, event, offsets), with store-assigned ids replaced by content keys, so two databases built
// from the same input can be compared for equality.
import Database from 'better-sqlite3';

export interface Snapshot {
  articles: unknown[];
  events: unknown[];
  mentions: unknown[];
  tables: Record<string, number>;
}

export function snapshot(path: string): Snapshot {
  const db = new Database(path, { readonly: true });
  try {
    const hash = new Map<number, string>(db.prepare('SELECT id, content_hash FROM articles').all().map((r) => { const a = r as { id: number; content_hash: string }; return [a.id, a.content_hash]; }));
    const key = (sourceKey: string) => sourceKey.replace(/^article:(\d+)$/, (_, id: string) => `article:${hash.get(Number(id))}`);
    const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
    const articles = db.prepare('SELECT id, content_hash, canonical_url, copy_of, similarity, source_key, title, published, day, ref, tone FROM articles').all() as Record<string, unknown>[];
    const events = db.prepare('SELECT id, date, source_code, target_code, cameo, location_key, num_mentions, num_articles, num_sources, round(tone_sum, 6) AS tone, first_seen, last_seen, is_root, source_url FROM events').all() as Record<string, unknown>[];
    const eventKey = new Map(events.map((e) => [e.id as number, `${e.date}|${e.source_code}|${e.target_code}|${e.cameo}|${e.location_key}`]));
    const mentions = db.prepare('SELECT event_id, article_id, source_key, sentence_start, trigger_start, trigger_end, evidence, rule_ids FROM event_mentions').all() as Record<string, unknown>[];
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return {
      articles: sorted(articles.map(({ id: _id, copy_of, source_key, ...a }) => ({ ...a, copyOf: copy_of === null ? null : hash.get(copy_of as number), sourceKey: key(source_key as string) }))),
      events: sorted(events.map(({ id: _id, ...e }) => e)),
      mentions: sorted(mentions.map(({ event_id, article_id, source_key, ...m }) => ({ ...m, event: eventKey.get(event_id as number), article: hash.get(article_id as number), sourceKey: key(source_key as string) }))),
      tables: Object.fromEntries(['outlets', 'lsh_bands', 'entities', 'places', 'quotes', 'counts', 'volume'].map((t) => [t, count(t)])),
    };
  } finally {
    db.close();
  }
}

/** Article count, or -1 while the database or its schema does not exist yet. */
export function articleCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return -1;
  }
}
