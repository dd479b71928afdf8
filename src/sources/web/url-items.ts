import type { Fetcher } from '../../net/fetcher.js';
import { decodeBody } from '../../net/decode.js';
import type { FeedEntry, ParsedFeed } from '../feeds/feed.js';
import { sniffFeed } from '../feeds/feed.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { documentItem, errorItem } from '../items.js';
import type { SourceItem, SourceKind } from '../source.js';
import { fetchedDocument, fetchError } from './fetched-document.js';
import { mapOrdered } from './map-ordered.js';

export interface WebContext {
  fetcher: Fetcher;
  source: SourceKind;
  /** Pages fetched at once for one feed. */
  concurrency: number;
  /** Entries whose URL this returns true for are passed over (already stored); checked before fetching. */
  skip?: (url: string) => boolean | Promise<boolean>;
  /** Ask with the cache's validators (feed polling). */
  conditional?: boolean;
  signal?: AbortSignal;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/**
 * One URL's items: the page itself, or, when the response turns out to be a feed (judged by its content, not
 * its name), one item per feed entry. `ref` is the URL.
 */
export async function* urlItems(url: string, ctx: WebContext, mustBeFeed = false): AsyncGenerator<SourceItem> {
  const res = await ctx.fetcher.fetch(url, { accept: FEED_ACCEPT, conditional: ctx.conditional, signal: ctx.signal });
  if (!res.ok) return yield fetchError(res, url, ctx.source);
  if (res.notModified) return yield errorItem(ctx.source, url, 'not-modified', 'feed unchanged since the last poll (HTTP 304)', res.url);
  const body = decodeBody(res.bytes, res.charset);
  if (!sniffFeed(body)) {
    if (mustBeFeed) return yield errorItem(ctx.source, url, 'parse', `expected a feed, got ${res.contentType || 'an untyped body'}`, res.url);
    return yield fetchedDocument(res, url, ctx.source);
  }
  const feed = parseFeed(body);
  if ('error' in feed) return yield errorItem(ctx.source, url, 'parse', feed.error, res.url);
  yield* feedEntryItems(feed, res.url, url, res.fetchedAt, ctx);
}

/** Each entry's page fetched (a few at a time, in feed order) and yielded with the entry's metadata. */
async function* feedEntryItems(feed: ParsedFeed, feedUrl: string, feedRef: string, feedFetchedAt: string, ctx: WebContext): AsyncGenerator<SourceItem> {
  const one = async (entry: FeedEntry, index: number, signal: AbortSignal): Promise<SourceItem | null> => {
    const link = resolve(entry.link, feedUrl);
    const ref = link ?? `${feedRef}#${entry.id ?? `item-${index + 1}`}`;
    const meta = { id: entry.id, title: entry.title, published: entry.published, byline: entry.byline, summary: entry.summary, language: entry.language ?? feed.language, feedTitle: feed.title, feedUrl };
    if (link && !/^https?:\/\//i.test(link)) return errorItem(ctx.source, ref, 'blocked', `feed entry links to ${link.split(':')[0]}: (only http and https are fetched)`, null);
    if (!link) {
      // No page to fetch: the entry's own content is the article, when it has some.
      const body = entry.content ?? entry.summary;
      if (!body) return errorItem(ctx.source, ref, 'parse', 'feed entry has neither a link nor content');
      return documentItem({ ref, url: null, source: ctx.source, contentType: 'text/html', body, meta, fetchedAt: feedFetchedAt });
    }
    if (await ctx.skip?.(link)) return null;
    const res = await ctx.fetcher.fetch(link, { signal: AbortSignal.any([signal, ...(ctx.signal ? [ctx.signal] : [])]) });
    return res.ok ? fetchedDocument(res, ref, ctx.source, meta) : fetchError(res, ref, ctx.source);
  };
  for await (const item of mapOrdered(feed.entries, ctx.concurrency, one)) if (item) yield item;
}

function resolve(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return link;
  }
}
