import type { Coder } from '../core/index.js';
import type { Fetcher } from '../net/index.js';
import type { EventStore } from '../stores/index.js';
import type { Memo } from './memo.js';

/** What the routes need; built once by createApp from ServerOptions. */
export interface ApiDeps {
  store: EventStore;
  /** The coder, built on first use (the full gazetteer takes a second or two and 150 MB). */
  coder: () => Promise<Coder>;
  /** Write routes answer only when this is set, and only to requests that carry it. */
  token: string | null;
  /** Fetches URLs posted to /api/ingest. */
  fetcher: () => Fetcher;
  limits: Limits;
  log: (message: string) => void;
  /** The clock for `fetchedAt` of posted articles. */
  now: () => Date;
  /** Whole-database answers kept for a while; cleared by writes. */
  memo: Memo;
}

export interface Limits {
  /** POST /api/code body, bytes. */
  codeBytes: number;
  /** POST /api/ingest body, bytes. */
  ingestBytes: number;
  /** Articles plus URLs in one ingest request. */
  ingestItems: number;
}

export const DEFAULT_LIMITS: Limits = { codeBytes: 256 * 1024, ingestBytes: 8 * 1024 * 1024, ingestItems: 100 };

/** Memoises a coder factory (also when given a ready coder), so concurrent first requests build it once. */
export function lazyCoder(coder: Coder | (() => Promise<Coder>)): () => Promise<Coder> {
  if (typeof coder !== 'function') return async () => coder;
  let pending: Promise<Coder> | null = null;
  return () => {
    pending ??= coder().catch((err: unknown) => {
      pending = null;
      throw err;
    });
    return pending;
  };
}
