/**
 * One article given as a JSON object (a .json file, a JSONL line, a line on standard input). Field names vary
 * by tool, so common spellings are accepted: `text`/`body`/`content`/`maintext` (news-please), `html`,
 * `title`/`headline`, `published`/`date`/`date_publish`/`datePublished`/`pubDate`, `url`/`link`, `id`/`guid`,
 * `byline`/`author`/`authors`, `language`/`lang`.
 */
export interface ArticleRecord {
  text?: string;
  html?: string;
  title?: string;
  published?: string;
  url?: string;
  id?: string;
  byline?: string;
  language?: string;
}

/** The record, or a reason it is not an article (not an object, or neither text nor html). */
export function readArticleRecord(value: unknown): { record: ArticleRecord } | { error: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: `expected an article object, got ${describe(value)}` };
  const o = value as Record<string, unknown>;
  const record: ArticleRecord = {
    text: pick(o, ['text', 'body', 'content', 'maintext', 'article']),
    html: pick(o, ['html', 'raw_html']),
    title: pick(o, ['title', 'headline']),
    published: pick(o, ['published', 'date', 'date_publish', 'datePublished', 'pubDate', 'published_at']),
    url: pick(o, ['url', 'link', 'source_url']),
    id: pick(o, ['id', 'guid', '_id']),
    byline: pick(o, ['byline', 'author', 'authors']),
    language: pick(o, ['language', 'lang']),
  };
  if (!record.text && !record.html) return { error: 'the object has no "text" (or "body", "content", "html") field with text in it' };
  return { record };
}

function pick(o: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length) return v.join(', ');
  }
  return undefined;
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}
