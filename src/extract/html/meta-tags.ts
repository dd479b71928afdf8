/** Minimal DOM surface we read, so these helpers work on linkedom documents without DOM lib types. */
export interface El {
  readonly localName?: string;
  readonly tagName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<Nod>;
  readonly children: ArrayLike<El>;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
}
export interface Nod {
  readonly nodeType: number;
  readonly textContent: string | null;
}
export interface Doc {
  readonly documentElement: El | null;
  readonly head: El | null;
  readonly body: El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
}

/**
 * Every `<meta>` as key → first non-empty content; keys are the lower-cased `name`, `property`, `itemprop`
 * or `http-equiv` (so `og:title`, `article:published_time`, `sailthru.date`, `dc.date`, `content-language`).
 */
export function readMetaTags(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = (el.getAttribute('content') ?? el.getAttribute('value') ?? '').trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

export function firstOf(meta: Map<string, string>, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return { key, value };
  }
  return null;
}
