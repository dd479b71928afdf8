import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileItems } from './files/file-items.js';
import { walk } from './files/walk.js';
import { errorItem, message, untilAborted } from './items.js';
import { DEFAULT_MAX_ITEM_BYTES, type Source, type SourceItem, type SourceOptions } from './source.js';

/**
 * Articles in a file or a directory tree: .txt, .html/.htm, .json (an object or an array), .jsonl/.ndjson,
 * .warc and .warc.gz. Other files are reported as `unsupported`, binary ones as `binary`, and neither stops the
 * run. Refs are paths relative to the argument's parent directory (`news/2024/a.html`), plus `:line` or
 * `#offset` for records inside JSONL and WARC files.
 *
 * @example
 * for await (const item of createFilesSource('./news/').items()) console.log(item.ref);
 */
export function createFilesSource(path: string, options: SourceOptions = {}): Source {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ITEM_BYTES;
  const root = resolve(path);
  const rootName = basename(root);
  return {
    kind: 'files',
    origin: path,
    async *items(): AsyncGenerator<SourceItem> {
      let isDir: boolean;
      try {
        const st = await stat(root);
        isDir = st.isDirectory();
        if (!isDir && !st.isFile()) {
          yield errorItem('files', rootName, 'unsupported', 'not a regular file (a pipe, socket or device)');
          return;
        }
        if (!isDir) {
          yield* fileItems({ path: root, rel: rootName, size: st.size, mtime: st.mtime }, maxBytes);
          return;
        }
      } catch (err) {
        yield errorItem('files', rootName, 'read', message(err));
        return;
      }
      for await (const entry of walk(root, rootName)) {
        if (options.signal?.aborted) return;
        if ('error' in entry) yield errorItem('files', entry.rel, 'read', entry.error);
        else yield* untilAborted(fileItems(entry, maxBytes), options.signal);
      }
    },
  };
}
