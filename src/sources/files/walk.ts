import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { message } from '../items.js';

export type WalkEntry = { path: string; rel: string; size: number; mtime: Date } | { rel: string; error: string };

/**
 * Regular files under `root`, depth first, names sorted so every run visits them in the same order. Symbolic
 * links are followed, but a directory reached a second time (a loop, or two links to one place) is reported
 * once and not entered again. Hidden entries (names starting with a dot: .git, .DS_Store) are passed over.
 * `rel` is the path relative to root's parent, e.g. `news/sub/a.html` for root `./news`.
 */
export async function* walk(root: string, rootName: string): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>();
  const stack: { path: string; rel: string }[] = [{ path: root, rel: rootName }];
  while (stack.length) {
    const dir = stack.pop()!;
    let names: string[];
    try {
      const real = await realpath(dir.path);
      if (seen.has(real)) {
        yield { rel: dir.rel, error: 'directory already read through another path (symbolic link loop or duplicate); skipped' };
        continue;
      }
      seen.add(real);
      names = (await readdir(dir.path)).filter((n) => !n.startsWith('.')).sort();
    } catch (err) {
      yield { rel: dir.rel, error: message(err) };
      continue;
    }
    const subdirs: { path: string; rel: string }[] = [];
    for (const name of names) {
      const path = join(dir.path, name);
      const rel = `${dir.rel}/${name}`;
      try {
        const st = await stat(path);
        if (st.isDirectory()) subdirs.push({ path, rel });
        else if (st.isFile()) yield { path, rel, size: st.size, mtime: st.mtime };
        else yield { rel, error: 'not a regular file (a pipe, socket or device); skipped' };
      } catch (err) {
        yield { rel, error: message(err) };
      }
    }
    // Pushed in reverse so the stack pops them in name order, after this directory's own files.
    for (const sub of subdirs.reverse()) stack.push(sub);
  }
}
