/**
 * @module
 * The source contract: where articles come from. A source is a small object whose `items()` yields
 * documents lazily (an async iterable), so a 10 GB WARC or a huge JSONL file streams one item at a
 * time. Failures are yielded as error items, never thrown, so one bad item never stops a run; only a
 * misconfiguration (a missing option) throws, and it throws when the source is created.
 *
 * Items are plain JSON-serialisable data (no functions, no buffers), so a work queue can store them.
 *
 * @example
 * for await (const item of openSource('./news/').items()) {
 *   if (item.kind === 'error') { report(item.ref, item.reason); continue; }
 *   const article = extractArticle(item);       // src/extract: HTML → text + metadata
 *   code({ text: article.text, published: article.published, url: item.url ?? undefined });
 * }
 */

/** Which implementation produced an item; also the `kind` of a Source. */
export type SourceKind = 'files' | 'url' | 'urls' | 'feed' | 'warc' | 'jsonl' | 'stdin';

/** What the source knew about an item before extraction (from a feed entry, a JSONL record, WARC headers). */
export interface ItemMeta {
  /** The record's own id (a JSONL `id`, a feed entry's guid/id). */
  id?: string;
  title?: string;
  /** As stated by the container (feed entry date, JSONL `published`); ISO 8601 when it could be parsed, else as given. */
  published?: string;
  byline?: string;
  /** The feed (title and URL) an item came from. */
  feedTitle?: string;
  feedUrl?: string;
  /** A feed entry's own summary or content, kept in case the linked page cannot be extracted. */
  summary?: string;
  language?: string;
}

/** One document to extract and code. */
export interface SourceDocument {
  kind: 'document';
  /**
   * Stable reference, the same on every run over the same input: `news/a.html` (relative to the argument's
   * parent), `news/batch.json#3`, `data.jsonl:12`, `cc.warc.gz#1234` (byte offset of the record; for .warc.gz the
   * offset of its gzip member), `stdin:12`, `stdin`; for the web the URL as given (a feed entry's link, or
   * `feedUrl#entry-id` for an entry without one). Error items use the same scheme (`urls.txt:3` for a bad line).
   */
  ref: string;
  /** Where the document lives on the web (final URL after redirects, a WARC target URI, a JSONL `url`); null when unknown. */
  url: string | null;
  source: SourceKind;
  /**
   * `text/html`, `text/plain` or `application/json`, lower case, no parameters. `text/plain` bodies are the article
   * text itself; `application/json` is one article object (see `extract/json-article.ts`).
   */
  contentType: string;
  /** Decoded body (charset from header, BOM or `<meta charset>`; invalid bytes replaced by U+FFFD). */
  body: string;
  meta: ItemMeta;
  /**
   * When the body was obtained, ISO 8601. Deterministic where possible so reruns agree: a file's mtime, a WARC
   * record's WARC-Date; the fetch time for the web; the run's clock (`SourceOptions.now`) for JSONL and stdin.
   */
  fetchedAt: string;
}

/** Why an item failed or was skipped. Ingest may count `unsupported` and `not-modified` as skipped rather than failed. */
export type SourceErrorCode =
  | 'unsupported' // a file type or content type we do not read (reported and skipped)
  | 'binary' // looks binary although the name says text
  | 'too-large' // over the size limit
  | 'fetch' // network error, DNS failure, bad response
  | 'timeout'
  | 'http-status' // non-2xx after redirects
  | 'blocked' // refused: private/loopback address, non-http(s) scheme, too many redirects
  | 'parse' // malformed JSON line, feed, WARC record
  | 'read' // file system error (permissions, vanished file, symlink loop)
  | 'not-modified'; // a conditional request answered 304: nothing new (feeds polled by `watch`)

export interface SourceError {
  kind: 'error';
  ref: string;
  url: string | null;
  source: SourceKind;
  code: SourceErrorCode;
  /** One line a person can act on, e.g. `HTTP 404 Not Found` or `line 12: Unexpected token } in JSON`. */
  reason: string;
}

export type SourceItem = SourceDocument | SourceError;

/** A place articles come from. `items()` may be called again and yields the same refs for the same input. */
export interface Source {
  readonly kind: SourceKind;
  /** What the user gave: a path, a URL, `-`. */
  readonly origin: string;
  items(): AsyncIterable<SourceItem>;
}

/** Options every factory accepts; each is optional. */
export interface SourceOptions {
  /** Fetches URLs (feeds, URL lists, item links); default `createFetcher()` from src/net with its safe defaults. */
  fetcher?: import('../net/fetcher.js').Fetcher;
  /** The clock for `fetchedAt` where nothing better is known; injected so tests are deterministic. */
  now?: () => Date;
  /** Per-item body limit in bytes (default 5 MB); larger items are yielded as `too-large` errors. */
  maxBytes?: number;
  /** Stops iteration between items. */
  signal?: AbortSignal;
}

export const DEFAULT_MAX_ITEM_BYTES = 5 * 1024 * 1024;
