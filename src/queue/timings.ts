import type { ExtractedArticle } from '../extract/index.js';
import type { CodingService } from '../ingest/index.js';
import type { Fetcher } from '../net/index.js';
import type { SourceDocument } from '../sources/source.js';
import type { EventStore } from '../stores/index.js';

/**
 * Where a worker's wall-clock time went, in ms: coding (with several jobs in flight, also waiting for
 * a coder thread or the CPU), extracting HTML, fetching pages, the store (duplicate checks and the
 * article transaction, lock waits included), the queue (claims, reports, heartbeats) and idling with
 * nothing to claim. For `dyad worker --json` and bench/workers.mjs.
 */
export interface Timings {
  coding: number;
  extract: number;
  fetch: number;
  store: number;
  queue: number;
  idle: number;
}

export function emptyTimings(): Timings {
  return { coding: 0, extract: 0, fetch: 0, store: 0, queue: 0, idle: 0 };
}

/** Runs `fn`, adding its duration to `t[what]`. */
export async function timed<T>(t: Timings, what: keyof Timings, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    t[what] += performance.now() - t0;
  }
}

/** Coding timed, and extraction too when the service does it (a service without `extract` leaves it to the pipeline). */
export function timedCoding(c: CodingService, t: Timings): CodingService {
  const out: CodingService = { parallelism: c.parallelism, code: (input) => timed(t, 'coding', () => c.code(input)), close: () => c.close() };
  const extract = (c as unknown as Extracting).extract;
  if (extract) (out as unknown as Extracting).extract = (doc) => timed(t, 'extract', () => extract.call(c, doc));
  return out;
}

type Extracting = { extract?: (doc: SourceDocument) => Promise<ExtractedArticle> };

export function timedFetcher(f: Fetcher, t: Timings): Fetcher {
  return { fetch: (url, request) => timed(t, 'fetch', () => f.fetch(url, request)) };
}

/** The store with its writes and duplicate checks timed; queries pass through. */
export function timedStore<S extends EventStore>(s: S, t: Timings): S {
  return Object.assign(Object.create(s) as S, {
    findArticle: (key: Parameters<S['findArticle']>[0]) => timed(t, 'store', () => s.findArticle(key)),
    putArticle: (input: Parameters<S['putArticle']>[0]) => timed(t, 'store', () => s.putArticle(input)),
  });
}

/** Timings rounded to whole ms. */
export function roundTimings(t: Timings): Timings {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])) as unknown as Timings;
}
