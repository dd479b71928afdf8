import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { errorItem, message } from './items.js';
import type { Source, SourceItem } from './source.js';
import { mapOrdered } from './web/map-ordered.js';
import { urlItems } from './web/url-items.js';
import { webContext, type WebSourceOptions } from './web/web-context.js';

/**
 * A text file of URLs, one per line; blank lines and `#` comments are ignored. Each URL is fetched (a few at a
 * time, yielded in file order) and is an article, or a feed whose entries are expanded. Refs are the URLs; a
 * line that is not an http(s) URL is an error item `file:line`.
 */
export function createUrlListSource(path: string, options: WebSourceOptions = {}): Source {
  const ctx = webContext('urls', options);
  const name = basename(path);
  return {
    kind: 'urls',
    origin: path,
    async *items(): AsyncGenerator<SourceItem> {
      let lines: string[];
      try {
        lines = (await readFile(path, 'utf8')).split(/\r?\n/);
      } catch (err) {
        return yield errorItem('urls', name, 'read', message(err));
      }
      const entries = lines.map((line, i) => ({ line: i + 1, url: line.replace(/(^|\s)#.*$/, '').trim() })).filter((e) => e.url);
      const one = async (e: { line: number; url: string }, _i: number, signal: AbortSignal): Promise<SourceItem[]> => {
        if (!/^https?:\/\/\S+$/i.test(e.url)) return [errorItem('urls', `${name}:${e.line}`, 'parse', `line ${e.line}: not an http(s) URL: ${e.url.slice(0, 200)}`)];
        const out: SourceItem[] = [];
        for await (const item of urlItems(e.url, { ...ctx, signal: ctx.signal ? AbortSignal.any([ctx.signal, signal]) : signal })) out.push(item);
        return out;
      };
      for await (const items of mapOrdered(entries, ctx.concurrency, one)) yield* items;
    },
  };
}
