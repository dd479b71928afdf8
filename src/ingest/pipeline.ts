import type { CodedArticle } from '../core/index.js';
import { canonicalUrl } from '../dedup/index.js';
import { extractArticle, toArticleInput, type ExtractedArticle } from '../extract/index.js';
import type { Source, SourceDocument, SourceItem } from '../sources/source.js';
import type { EventStore } from '../stores/index.js';
import { chooseUrl } from './choose-url.js';
import type { CodingService } from './coding.js';
import { addResult, emptySummary, type IngestSummary, type ItemResult } from './results.js';

export interface IngestOptions {
  store: EventStore;
  sources: Source[];
  coding: CodingService;
  /** Called once per item, in input order, after the item is settled (stored means committed). */
  onItem?: (r: ItemResult) => void;
  /** Stops taking new items; items already in flight are finished and stored. */
  signal?: AbortSignal;
}

/** An item on its way: either settled already, or extracted and being coded. */
type Flight = { done: ItemResult } | { doc: SourceDocument; article: ExtractedArticle; url: string | null; coded: Promise<CodedArticle> };

/**
 * Source items → extract → code → store. Idempotent and crash-safe because the store is: every article
 * is one transaction, and an article already stored (same canonical URL or content) is skipped before
 * it is coded, so a rerun after a crash only codes what is missing. Up to `2 × parallelism` items are in
 * flight; results are stored in input order, so which of two near-duplicates is the original never
 * depends on timing.
 */
export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const { store, coding, signal } = opts;
  const summary = emptySummary();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const window = Math.max(1, coding.parallelism * 2);
  const flights: Promise<Flight>[] = [];

  const settle = async (f: Flight): Promise<void> => {
    const r = 'done' in f ? f.done : await store_(f);
    addResult(summary, r);
    opts.onItem?.(r);
  };
  const store_ = async (f: Exclude<Flight, { done: ItemResult }>): Promise<ItemResult> => {
    let coded: CodedArticle;
    try {
      coded = await f.coded;
    } catch (err) {
      return { ref: f.doc.ref, status: 'failed', code: 'code', reason: `coder: ${(err as Error).message}` };
    }
    const put = await store.putArticle({
      text: f.article.text,
      coded,
      url: f.url,
      ref: f.doc.ref,
      siteName: f.article.siteName,
      byline: f.article.byline,
      language: f.article.language,
      fetchedAt: f.doc.fetchedAt,
    });
    if (put.status === 'duplicate') return { ref: f.doc.ref, status: 'duplicate', id: put.id, reason: put.reason, early: false };
    return { ref: f.doc.ref, ...put };
  };

  outer: for (const source of opts.sources) {
    for await (const item of source.items()) {
      if (signal?.aborted) break outer;
      flights.push(takeOff(item, store, coding));
      if (flights.length >= window) await settle(await flights.shift()!);
    }
  }
  summary.interrupted = signal?.aborted ?? false;
  while (flights.length) await settle(await flights.shift()!);
  summary.seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  summary.cpuSeconds = Math.round((used.user + used.system) / 1e4) / 100;
  summary.articlesPerSecond = summary.seconds > 0 ? Math.round(((summary.stored + summary.copies) / summary.seconds) * 10) / 10 : 0;
  return summary;
}

/** Everything before storing: source errors, the early duplicate checks, extraction, and starting to code. */
async function takeOff(item: SourceItem, store: EventStore, coding: CodingService): Promise<Flight> {
  if (item.kind === 'error') {
    const skip = item.code === 'unsupported' || item.code === 'not-modified';
    return { done: skip ? { ref: item.ref, status: 'skipped', code: item.code, reason: item.reason } : { ref: item.ref, status: 'failed', code: item.code, reason: item.reason } };
  }
  const early = (id: number, reason: 'url' | 'content'): Flight => ({ done: { ref: item.ref, status: 'duplicate', id, reason, early: true } });
  if (item.url) {
    const known = await store.findArticle({ url: item.url });
    if (known) return early(known.id, 'url');
  }
  let article: ExtractedArticle;
  try {
    article = coding.extract ? await coding.extract(item) : extractArticle(item);
  } catch (err) {
    return { done: { ref: item.ref, status: 'failed', code: 'extract', reason: `extraction: ${(err as Error).message}` } };
  }
  if (!article.text.trim()) {
    return { done: { ref: item.ref, status: 'failed', code: 'empty', reason: `no article text found${article.warnings.length ? ` (${article.warnings[0]})` : ''}` } };
  }
  const url = chooseUrl(item.url, article.canonicalUrl);
  const known = await store.findArticle({ url, text: article.text });
  if (known) return early(known.id, url && canonicalUrl(known.url) === canonicalUrl(url) ? 'url' : 'content');
  const input = toArticleInput(item, article);
  if (url) input.url = url;
  const coded = coding.code(input);
  coded.catch(() => {}); // handled when the flight is settled
  return { doc: item, article, url, coded };
}
