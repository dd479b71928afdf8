import { readFile, stat } from 'node:fs/promises';
import { openSources } from '../ingest/index.js';
import type { SourceError, SourceOptions } from '../sources/source.js';
import type { JobSpec } from './job.js';
import { documentJob, pageJob, sourceJob } from './job-keys.js';

export type EnqueuePlan = AsyncGenerator<{ job: JobSpec } | { error: SourceError }>;

/** A URL list is read whole to tell it from an article; larger files are articles (or not lists). */
const MAX_LIST_BYTES = 64 * 1024 * 1024;

/**
 * The jobs for `dyad enqueue` arguments, streamed so a directory of a million files is never held in
 * memory:
 * - a URL (a feed, usually) becomes one `source` job: a worker polls it and enqueues its items;
 * - a file listing one URL per line becomes one `page` job per URL: workers fetch the pages;
 * - anything else local (a directory, a file, a WARC, `-` for standard input) is read here, because
 *   workers on other machines cannot see it, and each item becomes a `document` job with its body.
 * Unreadable items come out as errors for the caller to report.
 */
export async function* jobsForArgs(args: string[], options: SourceOptions & { maxAttempts?: number } = {}): EnqueuePlan {
  const { maxAttempts, ...sourceOptions } = options;
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      yield { job: sourceJob(arg, maxAttempts ? { maxAttempts } : {}) };
      continue;
    }
    const urls = arg === '-' ? null : await urlList(arg);
    if (urls) {
      for (const url of urls) yield { job: pageJob(url, maxAttempts) };
      continue;
    }
    for (const source of await openSources([arg], sourceOptions)) {
      for await (const item of source.items()) {
        if (options.signal?.aborted) return;
        yield item.kind === 'document' ? { job: documentJob(item, maxAttempts) } : { error: item };
      }
    }
  }
}

/** The URLs of a file that holds nothing but URLs (one per line; blank lines and `#` comments allowed), else null. */
export async function urlList(path: string): Promise<string[] | null> {
  try {
    const st = await stat(path);
    if (!st.isFile() || st.size > MAX_LIST_BYTES) return null;
  } catch {
    return null;
  }
  const lines = (await readFile(path, 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  return lines.length && lines.every((l) => /^https?:\/\/\S+$/i.test(l)) ? lines : null;
}
