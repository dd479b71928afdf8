import { createFetcher } from '../../net/http-fetcher.js';
import type { SourceKind, SourceOptions } from '../source.js';
import type { WebContext } from './url-items.js';

export interface WebSourceOptions extends SourceOptions {
  /** Item pages fetched at once (default 4). */
  concurrency?: number;
  /** Entries whose URL this returns true for are not fetched (e.g. already in the store): for `dyad watch`. */
  skip?: (url: string) => boolean | Promise<boolean>;
  /** Send ETag/Last-Modified validators from the fetcher's cache; an unchanged feed yields one `not-modified` item. */
  conditional?: boolean;
}

export function webContext(source: SourceKind, options: WebSourceOptions): WebContext {
  return {
    fetcher: options.fetcher ?? createFetcher({ maxBytes: options.maxBytes }),
    source,
    concurrency: Math.max(1, options.concurrency ?? 4),
    skip: options.skip,
    conditional: options.conditional,
    signal: options.signal,
  };
}
