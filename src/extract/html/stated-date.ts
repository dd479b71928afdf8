import { normalizeDate } from '../normalize-date.js';
import type { JsonLdArticle } from './json-ld.js';
import { firstOf, type Doc } from './meta-tags.js';

export interface StatedDate {
  value: string;
  from: 'json-ld' | 'meta' | 'time-element';
  /** Which field said it, e.g. `meta:article:published_time`, for debugging. */
  field: string;
}

// Publication (not modification) dates, most specific first. Modified-time tags are deliberately absent: a
// story updated today was still published when it was.
const META_DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'article.published',
  'publish-date',
  'publishdate',
  'pubdate',
  'date',
  'cxenseparse:recs:publishtime',
];

/** The page's own publication date: JSON-LD, then meta tags, then a `<time>` element that says it is the publication date. */
export function statedDate(doc: Doc, meta: Map<string, string>, ld: JsonLdArticle | null): StatedDate | null {
  const fromLd = normalizeDate(ld?.datePublished);
  if (fromLd) return { value: fromLd, from: 'json-ld', field: `json-ld:${ld!.type}.datePublished` };
  for (const key of META_DATE_KEYS) {
    const hit = firstOf(meta, [key]);
    const value = normalizeDate(hit?.value);
    if (value) return { value, from: 'meta', field: `meta:${key}` };
  }
  return timeElementDate(doc);
}

/**
 * A `<time>` marked as the publication date (`pubdate`, `itemprop=datePublished`, or a class that says so), else the
 * first `<time datetime>` inside the article. Unmarked times elsewhere (comments, related stories) are ignored.
 */
function timeElementDate(doc: Doc): StatedDate | null {
  const marked = doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], time[class*="publish"][datetime]');
  const inArticle = doc.querySelector('article time[datetime]');
  for (const el of [marked, inArticle]) {
    const value = normalizeDate(el?.getAttribute('datetime'));
    if (value) return { value, from: 'time-element', field: el === marked ? 'time:marked' : 'time:article' };
  }
  return null;
}
