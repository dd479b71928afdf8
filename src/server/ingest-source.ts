import type { ArticleRecord } from '../extract/index.js';
import { decodeBody, type Fetcher } from '../net/index.js';
import type { Source, SourceItem } from '../sources/source.js';
import { TEXT_TYPES } from '../sources/text-types.js';

/** A posted article has the fields of any JSON article record. */
export type PostedArticle = ArticleRecord;

/**
 * The articles and URLs of one POST /api/ingest as a Source, so they go through the same
 * extract → code → store pipeline as `dyad ingest`. Posted articles are JSON records (refs
 * `articles[0]`, …); URLs are fetched with the safe fetcher (private addresses refused).
 */
export function postedSource(articles: PostedArticle[], urls: string[], fetcher: () => Fetcher, now: () => Date): Source {
  return {
    kind: 'jsonl',
    origin: 'POST /api/ingest',
    async *items(): AsyncGenerator<SourceItem> {
      for (const [i, a] of articles.entries()) {
        yield {
          kind: 'document',
          ref: `articles[${i}]`,
          url: a.url ?? null,
          source: 'jsonl',
          contentType: 'application/json',
          body: JSON.stringify(a),
          meta: { ...(a.title ? { title: a.title } : {}), ...(a.published ? { published: a.published } : {}) },
          fetchedAt: now().toISOString(),
        };
      }
      for (const url of urls) yield await fetchOne(fetcher(), url);
    },
  };
}

async function fetchOne(fetcher: Fetcher, url: string): Promise<SourceItem> {
  const r = await fetcher.fetch(url, { accept: 'text/html,application/xhtml+xml,text/plain;q=0.8' });
  if (!r.ok) return { kind: 'error', ref: url, url, source: 'url', code: r.code, reason: r.reason };
  if (!TEXT_TYPES.has(r.contentType)) return { kind: 'error', ref: url, url: r.url, source: 'url', code: 'unsupported', reason: `content type '${r.contentType || 'none'}' is not an article` };
  return { kind: 'document', ref: url, url: r.url, source: 'url', contentType: r.contentType, body: decodeBody(r.bytes, r.charset), meta: {}, fetchedAt: r.fetchedAt };
}
