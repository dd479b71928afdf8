import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { errorItem, message } from './items.js';
import type { SourceError } from './source.js';

/**
 * The feed URLs in an OPML file (every `<outline xmlUrl>`, nested folders included) or a text file (one URL per
 * line, `#` comments), for `dyad watch` and for ingesting a list of feeds. Lines or outlines that are not
 * http(s) URLs are returned as errors, not thrown.
 */
export async function readFeedList(path: string): Promise<{ feeds: string[]; errors: SourceError[] }> {
  const name = basename(path);
  let body: string;
  try {
    body = await readFile(path, 'utf8');
  } catch (err) {
    return { feeds: [], errors: [errorItem('feed', name, 'read', message(err))] };
  }
  const candidates = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml[\s>]/i.test(body) ? opmlUrls(body, name) : textUrls(body, name);
  if ('error' in candidates) return { feeds: [], errors: [candidates.error] };
  const feeds: string[] = [];
  const errors: SourceError[] = [];
  for (const { ref, url } of candidates) {
    if (/^https?:\/\/\S+$/i.test(url)) {
      if (!feeds.includes(url)) feeds.push(url);
    } else errors.push(errorItem('feed', ref, 'parse', `not an http(s) feed URL: ${url.slice(0, 200)}`));
  }
  return { feeds, errors };
}

function textUrls(body: string, name: string): { ref: string; url: string }[] {
  return body
    .split(/\r?\n/)
    .map((line, i) => ({ ref: `${name}:${i + 1}`, url: line.replace(/(^|\s)#.*$/, '').trim() }))
    .filter((e) => e.url);
}

function opmlUrls(body: string, name: string): { ref: string; url: string }[] | { error: SourceError } {
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (tag) => tag === 'outline' }).parse(body.replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, ''));
  } catch (err) {
    return { error: errorItem('feed', name, 'parse', `OPML could not be parsed: ${message(err)}`) };
  }
  const out: { ref: string; url: string }[] = [];
  const stack: unknown[] = [((doc.opml as Record<string, unknown>)?.body as Record<string, unknown>)?.outline];
  while (stack.length) {
    const v = stack.pop();
    for (const o of (Array.isArray(v) ? v : v ? [v] : []) as Record<string, unknown>[]) {
      const url = typeof o.xmlUrl === 'string' ? o.xmlUrl.trim() : '';
      if (url) out.push({ ref: `${name}#${out.length + 1}`, url });
      if (o.outline) stack.push(o.outline);
    }
  }
  return out;
}
