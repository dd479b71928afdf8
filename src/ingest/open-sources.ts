import { createFilesSource } from '../sources/files-source.js';
import type { Source, SourceOptions } from '../sources/source.js';

/**
 * Command-line arguments to sources. Uses `openSource` from src/sources when that module provides
 * it (URLs, feeds, URL lists, standard input); until then, local files and directories.
 */
export async function openSources(args: string[], options: SourceOptions): Promise<Source[]> {
  const mod = (await import('../sources/index.js' as string).catch(() => null)) as { openSource?: (arg: string, o: SourceOptions) => Source | Promise<Source> } | null;
  if (mod?.openSource) return Promise.all(args.map((a) => mod.openSource!(a, options)));
  return args.map((a) => {
    if (a === '-' || /^[a-z]+:\/\//i.test(a)) throw new Error(`${a}: this build reads local files and directories only`);
    return createFilesSource(a, options);
  });
}
