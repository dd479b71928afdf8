import { readFeedList } from './feed-list.js';
import type { Source, SourceItem } from './source.js';
import { urlItems } from './web/url-items.js';
import { webContext, type WebSourceOptions } from './web/web-context.js';

/** Every feed in an OPML file or a text file of feed URLs, one after another, as one source (`dyad ingest feeds.opml`). */
export function createFeedListSource(path: string, options: WebSourceOptions = {}): Source {
  const ctx = webContext('feed', options);
  return {
    kind: 'feed',
    origin: path,
    async *items(): AsyncGenerator<SourceItem> {
      const { feeds, errors } = await readFeedList(path);
      yield* errors;
      for (const feed of feeds) {
        if (ctx.signal?.aborted) return;
        yield* urlItems(feed, ctx, true);
      }
    },
  };
}
