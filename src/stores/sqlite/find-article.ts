import { canonicalUrl, contentHash } from '../../dedup/index.js';
import type { ArticleKey, ArticleRef } from '../types/article.js';
import type { Statements } from './statements.js';

const REF = 'SELECT id, url, title, published FROM articles';

/** The stored article with this canonical URL, else with this content hash. */
export function findDuplicate(st: Statements, canonical: string | null, hash: string | null): { id: number; reason: 'url' | 'content' } | null {
  const byUrl = canonical ? st.one<{ id: number }>('SELECT id FROM articles WHERE canonical_url = ?', [canonical]) : undefined;
  if (byUrl) return { id: byUrl.id, reason: 'url' };
  const byHash = hash ? st.one<{ id: number }>('SELECT id FROM articles WHERE content_hash = ?', [hash]) : undefined;
  return byHash ? { id: byHash.id, reason: 'content' } : null;
}

export function findArticle(st: Statements, key: ArticleKey): ArticleRef | null {
  const canonical = canonicalUrl(key.url);
  const hash = key.contentHash ?? (key.text !== undefined ? contentHash(key.text) : null);
  const dup = findDuplicate(st, canonical, hash);
  return dup ? (st.one<ArticleRef>(`${REF} WHERE id = ?`, [dup.id]) ?? null) : null;
}

export function articleRefs(st: Statements, ids: number[]): Map<number, ArticleRef> {
  const rows = st.all<ArticleRef>(`${REF} WHERE id IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]);
  return new Map(rows.map((r) => [r.id, r]));
}
