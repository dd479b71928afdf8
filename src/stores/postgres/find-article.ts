import { canonicalUrl, contentHash } from '../../dedup/index.js';
import type { ArticleKey, ArticleRef } from '../types/article.js';
import type { Queryable } from './pool.js';

const REF = 'SELECT id, url, title, published FROM articles';

/** The stored article with this canonical URL, else with this content hash. */
export async function findDuplicate(db: Queryable, canonical: string | null, hash: string | null): Promise<{ id: number; reason: 'url' | 'content' } | null> {
  if (canonical) {
    const r = await db.query<{ id: number }>('SELECT id FROM articles WHERE canonical_url = $1', [canonical]);
    if (r.rows[0]) return { id: r.rows[0].id, reason: 'url' };
  }
  if (hash) {
    const r = await db.query<{ id: number }>('SELECT id FROM articles WHERE content_hash = $1', [hash]);
    if (r.rows[0]) return { id: r.rows[0].id, reason: 'content' };
  }
  return null;
}

export async function findArticle(db: Queryable, key: ArticleKey): Promise<ArticleRef | null> {
  const canonical = canonicalUrl(key.url);
  const hash = key.contentHash ?? (key.text !== undefined ? contentHash(key.text) : null);
  const dup = await findDuplicate(db, canonical, hash);
  if (!dup) return null;
  return (await db.query<ArticleRef>(`${REF} WHERE id = $1`, [dup.id])).rows[0] ?? null;
}

export async function articleRefs(db: Queryable, ids: number[]): Promise<Map<number, ArticleRef>> {
  const r = await db.query<ArticleRef>(`${REF} WHERE id = ANY($1::bigint[])`, [ids]);
  return new Map(r.rows.map((row) => [row.id, row]));
}
