/**
 * @module
 * What extraction returns: article text and metadata from one SourceDocument. `extractArticle(doc)` in
 * `./extract-article.ts` picks HTML (Readability on linkedom), plain text or JSON by content type. It never
 * throws for bad input: malformed HTML gives what could be read plus a warning; an empty result has `text: ''`.
 */

/** Where the publication date came from; `fetch-time` means nothing stated one (`publishedBasis: 'inferred'`). */
export type PublishedFrom = 'json-ld' | 'meta' | 'time-element' | 'feed' | 'record' | 'fetch-time';

export interface ExtractedArticle {
  /** Article text; paragraphs separated by a blank line, headings kept as their own paragraphs. */
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** `<link rel=canonical>` or `og:url`, absolute; else the document URL; null when neither is known. */
  canonicalUrl: string | null;
  /** BCP 47 tag from `<html lang>`, `og:locale` or `content-language`, e.g. `en` or `en-GB`. */
  language: string | null;
  /** ISO 8601: a full timestamp when one was stated, else YYYY-MM-DD. Always set: falls back to the fetch time. */
  published: string;
  /** `stated` when the page, feed or record said it; `inferred` when it is the fetch time. */
  publishedBasis: 'stated' | 'inferred';
  publishedFrom: PublishedFrom;
  /** Problems that did not stop extraction: body cut at the size limit, Readability found nothing, … */
  warnings: string[];
}
