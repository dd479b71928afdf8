import type pg from 'pg';
import { bestNearDuplicate, signatureFromBytes, signatureToBytes } from '../../dedup/index.js';
import { independentSourceKey, prepareArticle, type PreparedArticle } from '../prepare.js';
import type { ArticleToStore, PutResult } from '../types/article.js';
import { findDuplicate } from './find-article.js';
import { Params } from './params.js';
import { putEvents } from './put-events.js';
import { extrasCtes } from './put-extras.js';
import { inTransaction } from './pool.js';
import { foldForIndex } from './search-text.js';

/**
 * Writes one article and everything coded from it in one transaction, with the meaning of the SQLite
 * store's putArticle, safe with many writers at once:
 * - the same canonical URL or content is refused by unique indexes, so two workers storing the same
 *   article cannot both succeed (the loser reports a duplicate);
 * - near-duplicate detection reads other articles' LSH bands, which a concurrent writer may be about
 *   to add: two syndicated copies stored at once would each miss the other and both become
 *   originals. The writer therefore first takes an advisory lock on each of its band keys (in
 *   ascending order). Two near-duplicates share a band, so the second waits until the first commits
 *   and then sees it; articles with no band in common never wait for each other;
 * - event rows are upserted in key order (so writers lock them in one global order and never
 *   deadlock), and the "is this a new independent source" check runs after that lock is held.
 * Round trips are few because workers sit across a network: BEGIN, the check (migration 005), the
 * outlet, the article with all its rows, the events (put-events.ts), COMMIT.
 */
export async function putArticle(pool: pg.Pool, input: ArticleToStore, now: () => string): Promise<PutResult> {
  const p = prepareArticle(input);
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(pool, (c) => write(c, p, now()));
    } catch (err) {
      if (err instanceof LostRace) return { status: 'duplicate', ...err.dup };
      // Deadlocks should not happen (locks are taken in order), but PostgreSQL may still report one;
      // the transaction was rolled back whole, so trying again is safe.
      const code = (err as { code?: string }).code;
      if ((code === '40P01' || code === '40001') && attempt < 5) continue;
      throw err;
    }
  }
}

/** Another writer committed the same URL or content after our first look: report its article. */
class LostRace extends Error {
  constructor(readonly dup: { id: number; reason: 'url' | 'content' }) {
    super('duplicate stored concurrently');
  }
}

interface Near {
  id: number;
  similarity: number;
  sourceKey: string;
}

interface CheckRow {
  r_duplicate: 'url' | 'content' | null;
  r_id: number;
  r_signature: Buffer | null;
  r_copy_of: number | null;
  r_original_source_key: string | null;
}

async function write(c: pg.PoolClient, p: PreparedArticle, addedAt: string): Promise<PutResult> {
  const check = await c.query<CheckRow>('SELECT * FROM dyad_article_check($1::bigint[], $2, $3)', [p.fp.bands, p.fp.canonicalUrl, p.fp.contentHash]);
  const dup = check.rows.find((r) => r.r_duplicate !== null);
  if (dup) return { status: 'duplicate', id: dup.r_id, reason: dup.r_duplicate! };
  const near = nearDuplicate(p, check.rows);
  const outletId = p.outlet ? await outlet(c, p.outlet.key, p.outlet.name) : null;
  const articleId = await insertArticle(c, p, near, outletId, addedAt);
  const sourceKey = near ? near.sourceKey : independentSourceKey(p.outlet?.key ?? null, articleId);
  const counts = await putEvents(c, p, articleId, sourceKey);
  return near ? { status: 'copy', id: articleId, copyOf: near.id, similarity: near.similarity, ...counts } : { status: 'stored', id: articleId, ...counts };
}

/** The original this article copies, among the candidates sharing a band. Copies of copies point at the first original. */
function nearDuplicate(p: PreparedArticle, candidates: CheckRow[]): Near | null {
  if (!p.fp.signature) return null;
  const best = bestNearDuplicate(
    p.fp.signature,
    candidates.map((r) => ({ ...r, signature: signatureFromBytes(r.r_signature!) })),
  );
  if (!best) return null;
  const c = best.candidate;
  return { id: c.r_copy_of ?? c.r_id, similarity: Math.round(best.similarity * 1000) / 1000, sourceKey: c.r_original_source_key! };
}

/** Inserts the article and its bands, entities, places, quotes and counts in one statement; returns its id. */
async function insertArticle(c: pg.PoolClient, p: PreparedArticle, near: Near | null, outletId: number | null, addedAt: string): Promise<number> {
  const { input, fp } = p;
  const { coded } = input;
  const { title, published, publishedBasis, ...meta } = coded.article;
  const params = new Params();
  const v = (x: unknown) => params.add(x);
  // The source key is known before the id only for a copy or an article with an outlet (src/stores/prepare.ts).
  const knownSourceKey = near ? near.sourceKey : (p.outlet?.key ?? null);
  const values = [
    coded.id, input.url ?? null, fp.canonicalUrl, fp.contentHash, input.ref ?? null, outletId, near?.id ?? null, near?.similarity ?? null,
    title ?? null, published ?? null, publishedBasis ?? null, p.day, input.fetchedAt ?? null, addedAt, input.byline ?? null,
    input.language ?? null, input.text, coded.tone.score, coded.tone.positive, coded.tone.negative, coded.tone.words,
    fp.signature ? Buffer.from(signatureToBytes(fp.signature)) : null, JSON.stringify(coded.sentences), JSON.stringify(coded.dates),
    JSON.stringify(coded.warnings), coded.coder.version, JSON.stringify(coded.coder.dictionaries), JSON.stringify(meta),
  ].map(v);
  const sql = `WITH nid AS (SELECT nextval(pg_get_serial_sequence('articles', 'id')) AS id),
     a AS (
       INSERT INTO articles (id, coded_id, url, canonical_url, content_hash, ref, outlet_id, copy_of, similarity,
         title, published, published_basis, day, fetched_at, added_at, byline, language, text, tone, tone_positive,
         tone_negative, words, signature, sentences, dates, warnings, coder_version, dictionaries, meta, source_key, search)
       SELECT nid.id, ${values.join(', ')}, coalesce(${v(knownSourceKey)}::text, 'article:' || nid.id),
         to_tsvector('simple', ${v(foldForIndex(`${title ?? ''}\n${input.text}`))})
       FROM nid
       ON CONFLICT DO NOTHING RETURNING id
     ), ${extrasCtes(p, params)}
     SELECT id FROM a`;
  const r = await c.query<{ id: number }>(sql, params.values);
  const id = r.rows[0]?.id;
  if (id === undefined) {
    // A writer without a band in common (no signature, or a different text under the same URL) won.
    const dup = await findDuplicate(c, fp.canonicalUrl, fp.contentHash);
    if (!dup) throw new Error('postgres: article insert conflicted but no duplicate is visible');
    throw new LostRace(dup);
  }
  return id;
}

/**
 * The outlet's id, created when new. DO NOTHING rather than DO UPDATE: an update would hold the
 * outlet's row lock until commit and make every writer of one outlet wait for the others.
 */
async function outlet(c: pg.PoolClient, key: string, name: string | null): Promise<number> {
  const ins = await c.query<{ id: number }>('INSERT INTO outlets (key, name) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING id', [key, name]);
  if (ins.rows[0]) return ins.rows[0].id;
  const row = (await c.query<{ id: number; name: string | null }>('SELECT id, name FROM outlets WHERE key = $1', [key])).rows[0]!;
  if (row.name === null && name !== null) await c.query('UPDATE outlets SET name = $1 WHERE id = $2 AND name IS NULL', [name, row.id]);
  return row.id;
}
