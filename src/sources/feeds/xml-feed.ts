import { XMLParser } from 'fast-xml-parser';
import type { FeedEntry, ParsedFeed } from './feed.js';

type Node = Record<string, unknown>;

// Namespace prefixes are dropped (content:encoded → encoded, dc:date → date), so one reader serves feeds
// whatever prefixes they chose. Elements that may repeat are always arrays.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'creator', 'contributor'].includes(name),
});

/** RSS 2.0 (and 0.9x), Atom 1.0 and RDF/RSS 1.0. */
export function parseXmlFeed(body: string, format: 'rss' | 'atom' | 'rdf'): ParsedFeed | { error: string } {
  let doc: Node;
  try {
    // A doctype can define entities that expand without bound; feeds have no use for one.
    doc = parser.parse(body.replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '')) as Node;
  } catch (err) {
    return { error: `feed XML could not be parsed: ${(err as Error).message}` };
  }
  if (format === 'atom') {
    const feed = doc.feed as Node | undefined;
    if (!feed) return { error: 'Atom document without a <feed> element' };
    return { format, title: text(feed.title), language: text(feed['@_lang']), entries: nodes(feed.entry).map(atomEntry) };
  }
  if (format === 'rdf') {
    const rdf = doc.RDF as Node | undefined;
    if (!rdf) return { error: 'RSS 1.0 document without an <rdf:RDF> element' };
    const channel = (rdf.channel ?? {}) as Node;
    return { format, title: text(channel.title), language: text(channel.language), entries: nodes(rdf.item).map(rssEntry) };
  }
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel) return { error: 'RSS document without a <channel> element' };
  return { format, title: text(channel.title), language: text(channel.language), entries: nodes(channel.item).map(rssEntry) };
}

/** An RSS 2.0 or RSS 1.0 item: they share names once namespace prefixes are gone. */
function rssEntry(item: Node): FeedEntry {
  const guid = item.guid as Node | string | undefined;
  const guidText = text(guid);
  const permalink = typeof guid === 'object' && guid?.['@_isPermaLink'] === 'false' ? undefined : guidText;
  return {
    id: guidText ?? text(item['@_about']),
    link: linkOf(item.link) ?? (permalink && /^https?:\/\//.test(permalink) ? permalink : undefined) ?? text(item['@_about']),
    title: text(item.title),
    published: text(item.pubDate) ?? text(item.date) ?? text(item.published) ?? text(item.issued),
    byline: names(item.creator) ?? names(item.author),
    summary: text(item.description),
    content: text(item.encoded),
  };
}

function atomEntry(entry: Node): FeedEntry {
  return {
    id: text(entry.id),
    link: linkOf(entry.link),
    title: text(entry.title),
    published: text(entry.published) ?? text(entry.issued) ?? text(entry.updated) ?? text(entry.modified),
    byline: names(entry.author),
    summary: text(entry.summary),
    content: text(entry.content),
  };
}

/**
 * The article link among RSS `<link>` text and Atom `<link href rel>` elements: the `alternate` one (or one
 * without rel), never `self`, `enclosure`, `replies` or `edit`.
 */
function linkOf(links: unknown): string | undefined {
  for (const l of list(links)) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    const node = l as Node;
    const rel = text(node['@_rel']) ?? 'alternate';
    const href = text(node['@_href']) ?? text(node['#text']);
    if (href && rel === 'alternate') return href;
  }
  return undefined;
}

function names(v: unknown): string | undefined {
  const out = list(v).map((a) => (typeof a === 'object' && a !== null ? text((a as Node).name) ?? text(a) : text(a))).filter(Boolean);
  return out.length ? out.join(', ') : undefined;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return text((v as Node)['#text']);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v];
}

/** Entries as objects; an empty `<item/>` parses as a string and becomes an empty entry. */
function nodes(v: unknown): Node[] {
  return list(v).map((n) => (n && typeof n === 'object' ? (n as Node) : {}));
}
