import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const MANY_PER_FILE = new Set(['.jsonl', '.ndjson', '.warc', '.gz']);

/**
 * How many items local path arguments will yield, for the progress ETA; null when it cannot be
 * known cheaply (URLs, standard input, JSONL or WARC files holding many records).
 */
export async function countItems(args: string[], limit = 1_000_000): Promise<number | null> {
  let n = 0;
  for (const a of args) {
    if (a === '-' || /^[a-z]+:\/\//i.test(a)) return null;
    const c = await countPath(a, limit - n).catch(() => null);
    if (c === null) return null;
    n += c;
  }
  return n;
}

async function countPath(path: string, budget: number): Promise<number | null> {
  const st = await stat(path);
  if (st.isFile()) return MANY_PER_FILE.has(extname(path).toLowerCase()) ? null : 1;
  if (!st.isDirectory()) return 1;
  let n = 0;
  for (const e of await readdir(path, { withFileTypes: true })) {
    if (n > budget) return null;
    if (e.isDirectory()) {
      const c = await countPath(join(path, e.name), budget - n);
      if (c === null) return null;
      n += c;
    } else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (MANY_PER_FILE.has(ext)) return null;
      n += 1; // unsupported files are items too (reported as skipped)
    }
  }
  return n;
}
