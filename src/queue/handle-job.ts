import { ingest, openSources, type CodingService, type ItemResult } from '../ingest/index.js';
import type { Fetcher } from '../net/index.js';
import { createFeedSource } from '../sources/feed-source.js';
import type { Source, SourceDocument, SourceError, SourceItem } from '../sources/source.js';
import type { EventStore } from '../stores/index.js';
import type { Job, JobSpec, Outcome } from './job.js';
import { documentJob } from './job-keys.js';

export interface JobContext {
  store: EventStore;
  coding: CodingService;
  fetcher: Fetcher;
  /** Adds the items a feed poll found. */
  enqueue(jobs: JobSpec[]): Promise<{ added: number; known: number }>;
  /** True when an article with this URL is stored or queued already: a feed poll does not fetch it. */
  known(url: string): Promise<boolean>;
}

/** Does one job. Throws only for what should be retried as a whole (the database went away). */
export async function handleJob(job: Job, ctx: JobContext): Promise<Outcome> {
  if (job.kind === 'document') return fromItem(await ingestOne(job.payload as SourceDocument, ctx));
  if (job.kind === 'page') return fetchPage((job.payload as { url: string }).url, ctx);
  if (job.kind === 'source') return pollSource(job.payload as { origin: string; feed?: boolean }, ctx);
  return { status: 'error', code: 'unknown-kind', error: `no handler for job kind '${String(job.kind)}'`, retry: false };
}

/**
 * One document through the ingest pipeline (src/ingest), the same code `dyad ingest` runs: early
 * duplicate check, extraction, coding, one transaction in the store.
 */
async function ingestOne(doc: SourceDocument | SourceItem, ctx: JobContext): Promise<ItemResult> {
  let result: ItemResult | null = null;
  const one: Source = { kind: doc.source, origin: doc.ref, items: async function* () { yield doc; } };
  await ingest({ store: ctx.store, sources: [one], coding: ctx.coding, onItem: (r) => (result = r) });
  if (!result) throw new Error(`ingest reported nothing for ${doc.ref}`);
  return result;
}

/** One page URL: fetched here (through the safe fetcher), then coded and stored. */
async function fetchPage(url: string, ctx: JobContext): Promise<Outcome> {
  const known = await ctx.store.findArticle({ url });
  if (known) return { status: 'done', result: { ref: url, status: 'duplicate', id: known.id, reason: 'url', early: true } };
  const source = await open(url, ctx);
  if ('error' in source) return source.error;
  const results: ItemResult[] = [];
  for await (const item of source.items()) results.push(await ingestOne(item, ctx));
  if (results.length !== 1) return { status: 'error', code: 'unsupported', error: `${url}: expected one page, the source gave ${results.length} items`, retry: false };
  return fromItem(results[0]!);
}

/**
 * An origin opened on the worker. A feed (known as one from `dyad watch`, or found to be one) enqueues
 * one document job per entry, so coding spreads over the workers; a URL that turns out to be a single
 * page is coded in this job. Feed polls from `watch` send conditional requests (validators shared in
 * the database) and do not fetch entries already stored or queued.
 */
async function pollSource(payload: { origin: string; feed?: boolean }, ctx: JobContext): Promise<Outcome> {
  const { origin } = payload;
  let source: Source;
  if (payload.feed) {
    source = createFeedSource(origin, { fetcher: ctx.fetcher, conditional: true, skip: (url) => ctx.known(url) });
  } else {
    const opened = await open(origin, ctx);
    if ('error' in opened) return opened.error;
    source = opened;
  }
  const docs: SourceDocument[] = [];
  const errors: SourceError[] = [];
  for await (const item of source.items()) {
    if (item.kind === 'document') docs.push(item);
    else errors.push(item);
  }
  if (docs.length === 1 && !errors.length && docs[0]!.ref === origin) return fromItem(await ingestOne(docs[0]!, ctx));
  if (!docs.length && errors.some((e) => e.code === 'not-modified')) return { status: 'done', result: { items: 0, notModified: true } };
  if (!docs.length && errors.length === 1 && errors[0]!.ref === origin) {
    // Nothing came out and the origin itself failed: a feed that is down, a 404.
    const e = errors[0]!;
    return { status: 'error', code: e.code, error: `${origin}: ${e.reason}`, retry: transient(e.code, e.reason) };
  }
  const { added, known } = await ctx.enqueue(docs.map((d) => documentJob(d)));
  const firstErrors = errors.slice(0, 5).map((e) => ({ ref: e.ref, code: e.code, reason: e.reason }));
  return { status: 'done', result: { items: docs.length, enqueued: added, known, errors: errors.length, firstErrors } };
}

/** The source for an origin; an origin no source can read is a permanent failure, not a crash to retry. */
async function open(origin: string, ctx: JobContext): Promise<Source | { error: Outcome }> {
  try {
    const [source] = await openSources([origin], { fetcher: ctx.fetcher });
    if (source) return source;
  } catch (err) {
    return { error: { status: 'error', code: 'unsupported', error: (err as Error).message, retry: false } };
  }
  return { error: { status: 'error', code: 'unsupported', error: `${origin}: no source reads this`, retry: false } };
}

/** An ingest result as a job outcome: settled results are done; failures are retried when they may pass. */
export function fromItem(r: ItemResult): Outcome {
  if (r.status !== 'failed') return { status: 'done', result: r };
  return { status: 'error', code: r.code, error: `${r.ref}: ${r.reason}`, retry: transient(r.code, r.reason) };
}

/** Network trouble and server-side HTTP errors may pass; a 404, a binary file or an empty page will not. */
export function transient(code: string, reason: string): boolean {
  if (code === 'fetch' || code === 'timeout' || code === 'code') return true;
  if (code === 'http-status') return /\b(408|425|429|5\d\d)\b/.test(reason);
  return false;
}
