import type { FeedEntry, ParsedFeed } from './feed.js';

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
export function parseJsonFeed(body: string): ParsedFeed | { error: string } {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(body) as Record<string, unknown>;
  } catch (err) {
    return { error: `JSON Feed could not be parsed: ${(err as Error).message}` };
  }
  if (!Array.isArray(data.items)) return { error: 'JSON Feed without an "items" array' };
  const entries = data.items.map((raw): FeedEntry => {
    const item = (raw ?? {}) as Record<string, unknown>;
    return {
      id: str(item.id),
      link: str(item.url) ?? str(item.external_url),
      title: str(item.title),
      published: str(item.date_published) ?? str(item.date_modified),
      byline: authors(item.authors ?? item.author),
      summary: str(item.summary) ?? str(item.content_text),
      content: str(item.content_html),
      language: str(item.language),
    };
  });
  return { format: 'json', title: str(data.title), language: str(data.language), entries };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function authors(v: unknown): string | undefined {
  const names = ([] as unknown[]).concat(v ?? []).map((a) => str((a as Record<string, unknown>)?.name)).filter(Boolean);
  return names.length ? names.join(', ') : undefined;
}
