import type { Doc } from './meta-tags.js';

/** What we take from a page's JSON-LD article node. */
export interface JsonLdArticle {
  type: string;
  datePublished?: string;
  headline?: string;
  author?: string;
  publisher?: string;
  url?: string;
  language?: string;
}

// schema.org types that describe the article itself (not the page, the site or a breadcrumb list).
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|ScholarlyArticle|TechArticle)$/;

/**
 * The first article-typed node in the page's `application/ld+json` blocks, looking inside arrays and `@graph`.
 * Broken JSON in one block is skipped (pages often have it), not fatal.
 */
export function readJsonLdArticle(doc: Doc): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(node: unknown, depth: number): JsonLdArticle | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = findArticle(n, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String).map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
  const type = types.find((t) => ARTICLE_TYPES.test(t));
  if (type) {
    return {
      type,
      datePublished: str(obj.datePublished) ?? str(obj.dateCreated) ?? str(obj.uploadDate),
      headline: str(obj.headline) ?? str(obj.name),
      author: names(obj.author),
      publisher: names(obj.publisher),
      url: str(obj.url) ?? str((obj.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']),
      language: str(obj.inLanguage),
    };
  }
  return findArticle(obj['@graph'], depth + 1) ?? findArticle(obj.mainEntity, depth + 1);
}

function str(v: unknown): string | undefined {
  if (Array.isArray(v)) return str(v[0]);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** An author or publisher: a string, a `{name}` object, or a list of them, as "A, B". */
function names(v: unknown): string | undefined {
  const list = ([] as unknown[]).concat(v ?? []);
  const out = list.map((x) => (typeof x === 'string' ? x : str((x as Record<string, unknown>)?.name))).filter((x): x is string => !!x && !/^https?:/.test(x));
  return out.length ? [...new Set(out)].join(', ') : undefined;
}
