import type pg from 'pg';
import { bestNearDuplicate, signatureFromBytes, signatureToBytes } from '../../dedup/index.js';
import { independentSourceKey, prepareArticle, type PreparedArticle } from '../prepare.js';
import type { ArticleToStore, PutResult } from '../types/article.js';
import { findDuplicate } from './find-article.js';
import { putEvents } from './put-events.js';
import { putExtras } from './put-extras.js';
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

async function write(c: pg.PoolClient, p: PreparedArticle, addedAt: string): Promise<PutResult> {
  if (p.fp.bands.length) await c.query('SELECT dyad_lock_bands($1::bigint[])', [p.fp.bands]);
  const dup = await findDuplicate(c, p.fp.canonicalUrl, p.fp.contentHash);
  if (dup) return { status: 'duplicate', ...dup };
  const near = await nearDuplicate(c, p);
  const articleId = await insertArticle(c, p, near, addedAt);
  const sourceKey = near ? near.sourceKey : independentSourceKey(p.outlet?.key ?? null, articleId);
  if (!near && !p.outlet) await c.query('UPDATE articles SET source_key = $1 WHERE id = $2', [sourceKey, articleId]);
  await putExtras(c, articleId, p);
  const counts = await putEvents(c, p, articleId, sourceKey);
  return near ? { status: 'copy', id: articleId, copyOf: near.id, similarity: near.similarity, ...counts } : { status: 'stored', id: articleId, ...counts };
}

interface Near {
  id: number;
  similarity: number;
  sourceKey: string;
}

/** The original this article copies, found through the persisted LSH bands. Copies of copies point at the first original. */
async function nearDuplicate(c: pg.PoolClient, p: PreparedArticle): Promise<Near | null> {
  if (!p.fp.signature) return null;
  const r = await c.query<{ id: number; signature: Buffer; copy_of: number | null }>(
    `SELECT a.id, a.signature, a.copy_of FROM articles a
     WHERE a.id IN (SELECT article_id FROM lsh_bands WHERE band = ANY($1::bigint[]))
     ORDER BY a.id`,
    [p.fp.bands],
  );
  const best = bestNearDuplicate(
    p.fp.signature,
    r.rows.map((row) => ({ ...row, signature: signatureFromBytes(row.signature) })),
  );
  if (!best) return null;
  const id = best.candidate.copy_of ?? best.candidate.id;
  const original = await c.query<{ source_key: string }>('SELECT source_key FROM articles WHERE id = $1', [id]);
  return { id, similarity: Math.round(best.similarity * 1000) / 1000, sourceKey: original.rows[0]!.source_key };
}

/** Until the id is known: an article with neither outlet nor original is its own source (`article:<id>`). */
const TEMPORARY_SOURCE_KEY = '';

async function insertArticle(c: pg.PoolClient, p: PreparedArticle, near: Near | null, addedAt: string): Promise<number> {
  const { input, fp } = p;
  const { coded } = input;
  const outletId = p.outlet ? await outlet(c, p.outlet.key, p.outlet.name) : null;
  const { title, published, publishedBasis, ...meta } = coded.article;
  const sourceKey = near ? near.sourceKey : p.outlet ? p.outlet.key : TEMPORARY_SOURCE_KEY;
  const r = await c.query<{ id: number }>(
    `INSERT INTO articles (coded_id, url, canonical_url, content_hash, ref, outlet_id, source_key, copy_of, similarity,
       title, published, published_basis, day, fetched_at, added_at, byline, language, text, tone, tone_positive,
       tone_negative, words, signature, sentences, dates, warnings, coder_version, dictionaries, meta, search)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25,
       $26, $27, $28, $29, to_tsvector('simple', $30))
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      coded.id, input.url ?? null, fp.canonicalUrl, fp.contentHash, input.ref ?? null, outletId, sourceKey, near?.id ?? null, near?.similarity ?? null,
      title ?? null, published ?? null, publishedBasis ?? null, p.day, input.fetchedAt ?? null, addedAt, input.byline ?? null,
      input.language ?? null, input.text, coded.tone.score, coded.tone.positive, coded.tone.negative, coded.tone.words,
      fp.signature ? Buffer.from(signatureToBytes(fp.signature)) : null, JSON.stringify(coded.sentences), JSON.stringify(coded.dates),
      JSON.stringify(coded.warnings), coded.coder.version, JSON.stringify(coded.coder.dictionaries), JSON.stringify(meta),
      foldForIndex(`${title ?? ''}\n${input.text}`),
    ],
  );
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
