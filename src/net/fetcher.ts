/**
 * @module
 * The fetching contract. A Fetcher gets one http(s) URL safely: timeout, streamed size limit, a clear
 * User-Agent, a bounded number of redirects each re-checked, conditional requests, and refusal of
 * private, loopback and link-local addresses checked after DNS resolution (the connection goes to the
 * address that was checked, so DNS rebinding cannot slip past). It never throws for a network problem:
 * it returns a FetchFailure with a code and a reason.
 */

/** Validators remembered from the last 200 response for a URL, for `If-None-Match` / `If-Modified-Since`. */
export interface CacheEntry {
  etag?: string;
  lastModified?: string;
}

/** Where conditional-request validators live between polls; the caller persists it (a Map is enough in memory). */
export interface ConditionalCache {
  get(url: string): CacheEntry | undefined | Promise<CacheEntry | undefined>;
  set(url: string, entry: CacheEntry): void | Promise<void>;
}

export interface FetcherOptions {
  /** Allow loopback, private (RFC 1918, CGNAT, IPv6 ULA), link-local and unspecified addresses. Tests and `--allow-private`. */
  allowPrivate?: boolean;
  /** Exact addresses allowed although the policy would refuse them (an intranet news server); others stay refused. */
  allowAddresses?: string[];
  /** Whole-request timeout in ms, body included (default 20 000). */
  timeoutMs?: number;
  /** Body limit in bytes, enforced while streaming (default 5 MB). */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  userAgent?: string;
  /** Used for requests made with `{ conditional: true }`. */
  cache?: ConditionalCache;
}

export interface FetchRequest {
  /** Send validators from the cache and store new ones; a 304 comes back as `notModified`. For feed polling. */
  conditional?: boolean;
  /** Sent as `Accept`. */
  accept?: string;
  signal?: AbortSignal;
}

export interface FetchSuccess {
  ok: true;
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Lower-case media type without parameters, e.g. `text/html`; '' when the server sent none. */
  contentType: string;
  /** The charset parameter of Content-Type, if any. */
  charset: string | null;
  headers: Record<string, string>;
  /** Raw body; decode with `decodeBody` (src/net/decode.ts). Empty when `notModified`. */
  bytes: Uint8Array;
  notModified: boolean;
  /** ISO 8601 time the response arrived. */
  fetchedAt: string;
}

export type FetchFailureCode = 'blocked' | 'timeout' | 'too-large' | 'http-status' | 'fetch';

export interface FetchFailure {
  ok: false;
  url: string;
  code: FetchFailureCode;
  reason: string;
  status?: number;
}

export type FetchResult = FetchSuccess | FetchFailure;

export interface Fetcher {
  fetch(url: string, request?: FetchRequest): Promise<FetchResult>;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
