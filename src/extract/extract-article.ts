import type { ArticleInput } from '../core/model/article.js';
import type { SourceDocument } from '../sources/source.js';
import { readArticleRecord } from './article-record.js';
import type { ExtractedArticle, PublishedFrom } from './extracted.js';
import { extractHtml, type HtmlExtraction } from './html/extract-html.js';
import { normalizeDate } from './normalize-date.js';

export interface ExtractOptions {
  /** Bodies longer than this many characters are cut first, with a warning (default 5 000 000). */
  maxChars?: number;
  /** Put the headline before the body as its own paragraph, so the coder reads it (default true). */
  titleInText?: boolean;
}

const DEFAULT_MAX_CHARS = 5_000_000;

/**
 * A SourceDocument to article text and metadata, by content type: HTML through Readability, plain text as it
 * is, a JSON article object by its fields. Never throws.
 */
export function extractArticle(doc: SourceDocument, options: ExtractOptions = {}): ExtractedArticle {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const warnings: string[] = [];
  let body = doc.body;
  if (body.length > maxChars) {
    warnings.push(`body of ${body.length} characters cut to the ${maxChars}-character limit`);
    body = body.slice(0, maxChars);
  }
  let page: HtmlExtraction;
  let recordDate: string | undefined = doc.meta.published;
  if (doc.contentType === 'text/html' || doc.contentType === 'application/xhtml+xml') {
    page = extractHtml(body, doc.url);
  } else if (doc.contentType === 'application/json') {
    const read = safeJson(body);
    if ('error' in read) {
      page = { ...blank(), warnings: [read.error] };
    } else {
      const r = read.record;
      page = r.html && !r.text ? extractHtml(r.html, r.url ?? doc.url) : { ...blank(), text: plainText(r.text ?? '') };
      page = { ...page, title: r.title ?? page.title, byline: r.byline ?? page.byline, language: r.language ?? page.language };
      recordDate = r.published ?? recordDate;
    }
  } else {
    page = { ...blank(), text: plainText(body) };
  }
  warnings.push(...page.warnings);

  const title = page.title ?? doc.meta.title?.trim() ?? null;
  let text = page.text;
  if ((options.titleInText ?? true) && title && !text.startsWith(title)) text = text ? `${title}\n\n${text}` : title;

  const date = resolveDate(doc, page, recordDate);
  return {
    text,
    title,
    byline: page.byline ?? doc.meta.byline ?? null,
    siteName: page.siteName,
    canonicalUrl: page.canonicalUrl ?? doc.url,
    language: page.language ?? doc.meta.language ?? null,
    published: date.value,
    publishedBasis: date.from === 'fetch-time' ? 'inferred' : 'stated',
    publishedFrom: date.from,
    warnings,
  };
}

/** The ArticleInput the coder takes, with the publication date's basis carried through. */
export function toArticleInput(doc: SourceDocument, article: ExtractedArticle): ArticleInput {
  return {
    text: article.text,
    title: article.title ?? undefined,
    published: article.published,
    publishedBasis: article.publishedBasis,
    url: doc.url ?? undefined,
  };
}

/**
 * A record's own date (JSONL `published`) is what its author asserted, so it wins; a page's JSON-LD or meta date
 * beats the feed's (the feed date is often the syndication time), which beats a `<time>` element; a fetch time is
 * the last resort and `inferred`.
 */
function resolveDate(doc: SourceDocument, page: HtmlExtraction, recordDate: string | undefined): { value: string; from: PublishedFrom } {
  const given = normalizeDate(recordDate);
  const fromContainer: PublishedFrom = doc.meta.feedUrl ? 'feed' : 'record';
  if (given && fromContainer === 'record') return { value: given, from: 'record' };
  // A bare <time> is weaker evidence than a feed's date: pages carry times of comments and related stories.
  if (page.stated && page.stated.from !== 'time-element') return { value: page.stated.value, from: page.stated.from };
  if (given) return { value: given, from: fromContainer };
  if (page.stated) return { value: page.stated.value, from: page.stated.from };
  return { value: doc.fetchedAt, from: 'fetch-time' };
}

/** Line endings unified, runs of blank lines squeezed to one, so paragraphs are separated by exactly one blank line. */
function plainText(s: string): string {
  return s.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

function safeJson(body: string): ReturnType<typeof readArticleRecord> {
  try {
    return readArticleRecord(JSON.parse(body));
  } catch (err) {
    return { error: `JSON could not be parsed: ${(err as Error).message}` };
  }
}

function blank(): HtmlExtraction {
  return { text: '', title: null, byline: null, siteName: null, canonicalUrl: null, language: null, stated: null, warnings: [] };
}
