import { inIdOrder, MENTION_SELECT, toMention, toStoredArticle, type ArticleRow, type EventRow, type MentionRow } from '../sqlite/rows.js';
import type { ArticleRef, StoredArticle } from '../types/article.js';
import { articleRefs } from './find-article.js';
import type { Queryable } from './pool.js';
import { withEvidence } from './query-events.js';

const COLUMNS = `a.id, a.coded_id, a.url, a.canonical_url, a.ref, a.copy_of, a.similarity, a.title, a.published, a.published_basis,
  a.fetched_at, a.byline, a.language, a.text, a.tone, a.tone_positive, a.tone_negative, a.words, a.sentences, a.dates, a.warnings,
  a.coder_version, a.dictionaries, o.key AS outlet_key, o.name AS outlet_name`;

/** One article with everything coded from it; null when there is no such id. */
export async function article(db: Queryable, id: number): Promise<StoredArticle | null> {
  const a = (await db.query<ArticleRow>(`SELECT ${COLUMNS} FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = $1`, [id])).rows[0];
  if (!a) return null;
  const data = async <T>(table: string, order: string) => (await db.query<{ data: string }>(`SELECT data FROM ${table} WHERE article_id = $1 ORDER BY ${order}`, [id])).rows.map((r) => JSON.parse(r.data) as T);
  const original = a.copy_of !== null ? (await articleRefs(db, [a.copy_of])).get(a.copy_of) : undefined;
  const copies = (await db.query<ArticleRef>('SELECT id, url, title, published FROM articles WHERE copy_of = $1 ORDER BY id', [id])).rows;
  const own = (await db.query<MentionRow>(`${MENTION_SELECT} WHERE m.article_id = $1 ORDER BY m.id`, [id])).rows;
  const eventIds = [...new Set(own.map((m) => m.event_id))];
  const rows = inIdOrder((await db.query<EventRow>('SELECT e.* FROM events e WHERE e.id = ANY($1::bigint[])', [eventIds])).rows, eventIds);
  const events = (await withEvidence(db, rows, false)).map((e) => ({ ...e, mentions: own.filter((m) => m.event_id === e.id).map(toMention) }));
  return toStoredArticle(a, {
    original,
    copies,
    sentences: JSON.parse(a.sentences),
    entities: await data('entities', 'ord'),
    places: await data('places', 'id'),
    quotes: await data('quotes', 'id'),
    counts: await data('counts', 'id'),
    events,
  });
}
