import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText } from './block-text.js';
import { readJsonLdArticle } from './json-ld.js';
import { firstOf, readMetaTags, type Doc, type El } from './meta-tags.js';
import { statedDate, type StatedDate } from './stated-date.js';

export interface HtmlExtraction {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  stated: StatedDate | null;
  warnings: string[];
}

/** Readability gives up (throws) past this many elements; we then fall back to the page's visible text. */
const MAX_ELEMENTS = 100_000;

/**
 * HTML to article text and metadata. Metadata is read first, because Readability rewrites the document (it
 * drops the JSON-LD scripts, for one). Never throws: markup linkedom or Readability cannot handle falls back
 * to the visible text, with a warning.
 */
export function extractHtml(html: string, baseUrl: string | null): HtmlExtraction {
  const warnings: string[] = [];
  try {
    return extractParsed(html, baseUrl, warnings);
  } catch (err) {
    warnings.push(`HTML could not be read (${(err as Error).message}); tags were stripped instead`);
    return { ...EMPTY, text: stripTags(html), warnings };
  }
}

function extractParsed(html: string, baseUrl: string | null, warnings: string[]): HtmlExtraction {
  const document = parse(html);
  const meta = readMetaTags(document);
  const ld = readJsonLdArticle(document);
  const stated = statedDate(document, meta, ld);
  const siteName = firstOf(meta, ['og:site_name', 'application-name', 'twitter:site'])?.value ?? ld?.publisher ?? null;
  const canonicalUrl = absolute(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), baseUrl) ?? absolute(meta.get('og:url'), baseUrl) ?? absolute(ld?.url, baseUrl);
  const language = languageTag(document.documentElement?.getAttribute('lang') ?? meta.get('og:locale') ?? meta.get('content-language') ?? ld?.language);
  const metaByline = firstOf(meta, ['author', 'parsely-author', 'article:author', 'dc.creator', 'byl'])?.value;

  // Readability is recursive and slow on pathological nesting; no real article nests this deep.
  const tooDeep = document.body ? deeperThan(document.body, MAX_DEPTH) : false;
  if (tooDeep) warnings.push(`markup nests deeper than ${MAX_DEPTH} levels; the page’s visible text was used`);
  const article = tooDeep ? undefined : runReadability(document, warnings);
  let text = article?.content ? blockText(article.content) : '';
  if (!text) {
    if (article === null) warnings.push('Readability found no article; the page’s visible text was used');
    // Readability rewrites the document as it goes, so the fallback reads a fresh parse.
    const fresh = tooDeep ? document : parse(html);
    text = fresh.body ? blockText(fresh.body) : '';
  }
  const rawTitle = article?.title || ld?.headline || meta.get('og:title') || document.querySelector('title')?.textContent || null;
  const title = rawTitle ? cleanTitle(rawTitle, siteName) : null;
  const byline = cleanByline(article?.byline ?? ld?.author ?? (metaByline && !/^https?:/.test(metaByline) ? metaByline : null));
  return { text, title, byline, siteName, canonicalUrl, language, stated, warnings };
}

/**
 * linkedom makes the first element of a fragment the document element and leaves an empty string without one,
 * so anything that is not a whole document is wrapped in one first.
 */
function parse(html: string): Doc {
  const whole = /<html[\s>]/i.test(html) ? html : /<(head|body)[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Doc;
}

const MAX_DEPTH = 400;

function deeperThan(root: El, limit: number): boolean {
  const stack: [El, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

const EMPTY: HtmlExtraction = { text: '', title: null, byline: null, siteName: null, canonicalUrl: null, language: null, stated: null, warnings: [] };

/** Readability's result, null when it found nothing, undefined when it failed (and a warning says why). */
function runReadability(document: Doc, warnings: string[]): { content: El | null; title: string | null; byline: string | null } | null | undefined {
  try {
    const r = new Readability(document as never, { serializer: (n: unknown) => n as El, maxElemsToParse: MAX_ELEMENTS }).parse();
    return r ? { content: r.content ?? null, title: r.title?.trim() || null, byline: r.byline?.trim() || null } : null;
  } catch (err) {
    warnings.push(`Readability failed (${(err as Error).message}); the page’s visible text was used`);
    return undefined;
  }
}

/** `Big news | The Paper` → `Big news` when the site is The Paper. */
function cleanTitle(title: string, siteName: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  if (!siteName) return t;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return t.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}$`, 'i'), '').trim() || t;
}

function cleanByline(byline: string | null | undefined): string | null {
  const b = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return b ? b : null;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** `en_GB` → `en-GB`; `en, fr` → `en`; nonsense → null. */
function languageTag(raw: string | null | undefined): string | null {
  const first = raw?.split(',')[0]?.trim().replace(/_/g, '-');
  return first && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(first) ? first : null;
}

function stripTags(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/[ \t]+/g, ' ').trim();
}
