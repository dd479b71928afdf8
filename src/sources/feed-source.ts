import type { Source, SourceItem } from './source.js';
import { urlItems } from './web/url-items.js';
import { webContext, type WebSourceOptions } from './web/web-context.js';

/**
 * A feed (RSS 2.0, Atom, RSS 1.0/RDF, JSON Feed): each entry's link is fetched and yielded as a document with the
 * entry's title, date, byline and summary as metadata, in feed order. Refs are the entry links (stable while the
 * feed rolls), or `feedUrl#id` for entries without one. Links that are not http(s) (`file:`, `javascript:`)
 * are refused as `blocked` items. With `conditional`, an unchanged feed yields a single `not-modified` item.
 *
 * @example
 * const fetcher = createFetcher({ cache });                  // cache persisted by the caller between polls
 * createFeedSource('https://example.org/feed.xml', { fetcher, conditional: true, skip: (url) => store.has(url) })
 */
export function createFeedSource(url: string, options: WebSourceOptions = {}): Source {
  const ctx = webContext('feed', options);
  return {
    kind: 'feed',
    origin: url,
    items: (): AsyncGenerator<SourceItem> => urlItems(url, ctx, true),
  };
}
