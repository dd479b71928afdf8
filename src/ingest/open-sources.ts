import { openSource, type OpenSourceOptions, type Source } from '../sources/index.js';

/**
 * Command-line arguments to sources (see `openSource`: directories, files, WARC, JSONL, feeds, URL
 * lists, `-` for standard input). An argument that cannot be opened at all throws SourceOpenError.
 */
export async function openSources(args: string[], options: OpenSourceOptions): Promise<Source[]> {
  const out: Source[] = [];
  for (const a of args) out.push(await openSource(a, options));
  return out;
}
