import { createHash } from 'node:crypto';
import { canonicalUrl } from '../dedup/index.js';
import type { SourceDocument } from '../sources/source.js';
import type { JobSpec } from './job.js';

/**
 * The job for one source item. Keyed by its canonical URL when it has one, else by a hash of its
 * body, so enqueuing the same input twice (or a feed item seen on every poll) adds one job.
 */
export function documentJob(doc: SourceDocument, maxAttempts?: number): JobSpec {
  const url = canonicalUrl(doc.url);
  const key = url ? `url:${url}` : `body:${createHash('sha256').update(doc.body).digest('hex')}`;
  return { kind: 'document', key, payload: doc, ...(maxAttempts ? { maxAttempts } : {}) };
}

/** One web page for a worker to fetch and code; shares its key with a document job of the same URL. */
export function pageJob(url: string, maxAttempts?: number): JobSpec {
  return { kind: 'page', key: `url:${canonicalUrl(url) ?? url}`, payload: { url }, ...(maxAttempts ? { maxAttempts } : {}) };
}

/**
 * An origin a worker opens itself: a feed to poll (`feed`, from `dyad watch`: polled with conditional
 * requests, entries already stored or queued not fetched), or a URL that may be a feed or a page.
 * Unique only while unfinished, so a feed can be polled again later but two polls never wait in the
 * queue at once. Claimed before articles.
 */
export function sourceJob(origin: string, options: { feed?: boolean; maxAttempts?: number } = {}): JobSpec {
  return {
    kind: 'source',
    key: `source:${origin}`,
    payload: { origin, ...(options.feed ? { feed: true } : {}) },
    priority: 1,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  };
}
