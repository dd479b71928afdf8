import { sniffFeed, type ParsedFeed } from './feed.js';
import { parseJsonFeed } from './json-feed.js';
import { parseXmlFeed } from './xml-feed.js';

/** Any supported feed to entries; an error (not a throw) when the body is not a feed or is broken. */
export function parseFeed(body: string): ParsedFeed | { error: string } {
  const format = sniffFeed(body);
  if (!format) return { error: 'not an RSS, Atom, RSS 1.0 or JSON feed' };
  return format === 'json' ? parseJsonFeed(body) : parseXmlFeed(body, format);
}
