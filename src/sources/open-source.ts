import { open, stat } from 'node:fs/promises';
import { createFeedListSource } from './feed-list-source.js';
import { createFilesSource } from './files-source.js';
import { createJsonlSource } from './jsonl-source.js';
import type { Source } from './source.js';
import { createStdinSource, type StdinOptions } from './stdin-source.js';
import { createUrlListSource } from './url-list-source.js';
import { createUrlSource } from './url-source.js';
import { createWarcSource } from './warc-source.js';
import type { WebSourceOptions } from './web/web-context.js';

export type OpenSourceOptions = WebSourceOptions & Pick<StdinOptions, 'input'>;

/** A command-line argument that names no readable input; the message says what was expected. */
export class SourceOpenError extends Error {
  override readonly name = 'SourceOpenError';
}

/**
 * The source for a command-line argument: `-` is standard input; an http(s) URL is fetched and turns out a feed
 * or an article; a directory is read recursively; `.warc`/`.warc.gz`, `.jsonl`/`.ndjson` and `.opml` go by
 * name; a text file whose lines are all URLs is a URL list, any other text file is one article. Throws
 * SourceOpenError for an argument that cannot be opened at all (a missing path, a `file:` URL), because that
 * is a usage mistake, not a bad item.
 *
 * @example
 * const source = await openSource(process.argv[2], { fetcher: createFetcher({ allowPrivate: flags.allowPrivate }) });
 */
export async function openSource(arg: string, options: OpenSourceOptions = {}): Promise<Source> {
  if (arg === '-') return createStdinSource(options);
  if (/^https?:\/\//i.test(arg)) return createUrlSource(arg, options);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) throw new SourceOpenError(`${arg}: only http and https URLs are fetched`);
  let isDir: boolean;
  try {
    isDir = (await stat(arg)).isDirectory();
  } catch (err) {
    throw new SourceOpenError(`${arg}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message}`);
  }
  if (isDir) return createFilesSource(arg, options);
  if (/\.warc(\.gz)?$/i.test(arg)) return createWarcSource(arg, options);
  if (/\.(jsonl|ndjson)$/i.test(arg)) return createJsonlSource(arg, options);
  if (/\.opml$/i.test(arg)) return createFeedListSource(arg, options);
  if (/\.(txt|text|list|urls)$/i.test(arg) || !/\.[a-z0-9]+$/i.test(arg)) {
    if (await isUrlList(arg)) return createUrlListSource(arg, options);
  }
  return createFilesSource(arg, options);
}

/** True when every line in the first 64 KB that is not blank or a `#` comment is an http(s) URL (and there is one). */
async function isUrlList(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const lines = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/);
    if (bytesRead === buffer.length) lines.pop(); // the last line may be cut
    const meaningful = lines.map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
    return meaningful.length > 0 && meaningful.every((l) => /^https?:\/\/\S+$/i.test(l));
  } finally {
    await handle.close();
  }
}
