/** A feed reduced to what Dyad uses, whatever its format. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  language?: string;
  entries: FeedEntry[];
}

export interface FeedEntry {
  /** guid (RSS), id (Atom, JSON Feed), rdf:about (RSS 1.0). */
  id?: string;
  /** The article's URL as written in the feed (may be relative; resolved by the caller). */
  link?: string;
  title?: string;
  /** As written: RFC 822 in RSS, ISO 8601 in Atom and JSON Feed. */
  published?: string;
  byline?: string;
  summary?: string;
  /** Full content as HTML when the feed carries it (content:encoded, Atom content, content_html). */
  content?: string;
  language?: string;
}

/** What kind of document a body is, judged by its first bytes rather than by a Content-Type servers get wrong. */
export function sniffFeed(body: string): ParsedFeed['format'] | null {
  const head = body.slice(0, 4096).replace(/^\ufeff/, '');
  if (/^\s*\{/.test(head)) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(body.slice(0, 65536)) ? 'json' : null;
  // Skip the XML declaration, comments, processing instructions and a doctype to reach the root element.
  const root = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!root) return null;
  if (root === 'rss') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === 'rdf' || root.endsWith(':rdf')) return 'rdf';
  return null;
}
