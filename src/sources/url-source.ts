import type { Source, SourceItem } from './source.js';
import { urlItems } from './web/url-items.js';
import { webContext, type WebSourceOptions } from './web/web-context.js';

/**
 * One URL given on the command line. What it is becomes clear only after fetching: a feed (RSS, Atom, RSS 1.0,
 * JSON Feed, recognised by content) yields one item per entry, anything else is the article itself (ref: the URL).
 */
export function createUrlSource(url: string, options: WebSourceOptions = {}): Source {
  const ctx = webContext('url', options);
  return {
    kind: 'url',
    origin: url,
    items: (): AsyncGenerator<SourceItem> => urlItems(url, ctx),
  };
}
