import type { ArticleRef, StoredArticle } from '../types/article.js';
import { articleRefs } from './find-article.js';
import { withEvidence } from './query-events.js';
import { inIdOrder, MENTION_SELECT, toMention, toStoredArticle, type ArticleRow, type EventRow, type MentionRow } from './rows.js';
import type { Statements } from './statements.js';

/** One article with everything coded from it; null when there is no such id. */
export function article(st: Statements, id: number): StoredArticle | null {
  const a = st.one<ArticleRow>(
    `SELECT a.*, o.key AS outlet_key, o.name AS outlet_name, c.version AS coder_version, c.dictionaries
     FROM articles a JOIN coders c ON c.id = a.coder_id LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`,
    [id],
  );
  if (!a) return null;
  const data = <T>(table: string, order: string) => st.all<{ data: string }>(`SELECT data FROM ${table} WHERE article_id = ? ORDER BY ${order}`, [id]).map((r) => JSON.parse(r.data) as T);
  const original = a.copy_of !== null ? articleRefs(st, [a.copy_of]).get(a.copy_of) : undefined;
  const copies = st.all<ArticleRef>('SELECT id, url, title, published FROM articles WHERE copy_of = ? ORDER BY id', [id]);
  const own = st.all<MentionRow>(`${MENTION_SELECT} WHERE m.article_id = ? ORDER BY m.id`, [id]);
  const eventIds = [...new Set(own.map((m) => m.event_id))];
  const rows = inIdOrder(st.all<EventRow>('SELECT e.* FROM events e WHERE e.id IN (SELECT value FROM json_each(?))', [JSON.stringify(eventIds)]), eventIds);
  const events = withEvidence(st, rows, false).map((e) => ({ ...e, mentions: own.filter((m) => m.event_id === e.id).map(toMention) }));
  return toStoredArticle(a, {
    original,
    copies,
    sentences: (JSON.parse(a.sentences) as [number, number][]).map(([start, end], index) => ({ index, start, end })),
    entities: data('entities', 'ord'),
    places: data('places', 'id'),
    quotes: data('quotes', 'id'),
    counts: data('counts', 'id'),
    events,
  });
}
