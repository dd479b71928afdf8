import { fileInput, type ByteInput } from './byte-input.js';
import { errorItem, message, untilAborted } from './items.js';
import { jsonlItems } from './records/jsonl-items.js';
import { DEFAULT_MAX_ITEM_BYTES, type Source, type SourceItem, type SourceOptions } from './source.js';

/**
 * Articles as JSON Lines, one object per line: `{"id","text","published","title","url"}` (other common field
 * names are accepted, see extract/article-record.ts). Read line by line, so the file can be any size. A line
 * that is not an article object is an error item naming the line; blank lines are skipped. Refs: `name:line`.
 *
 * @example
 * createJsonlSource('./articles.jsonl')            // a file
 * createJsonlSource({ name: 'upload', open: () => stream })
 */
export function createJsonlSource(input: string | ByteInput, options: SourceOptions = {}): Source {
  const bytes = typeof input === 'string' ? fileInput(input) : input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ITEM_BYTES;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  return {
    kind: 'jsonl',
    origin: typeof input === 'string' ? input : input.name,
    async *items(): AsyncGenerator<SourceItem> {
      let stamp: string;
      try {
        stamp = (await bytes.fetchedAt?.()) ?? now();
      } catch (err) {
        yield errorItem('jsonl', bytes.name, 'read', message(err));
        return;
      }
      try {
        yield* untilAborted(jsonlItems(bytes.open(), bytes.name, 'jsonl', () => stamp, maxBytes), options.signal);
      } catch (err) {
        yield errorItem('jsonl', bytes.name, 'read', `reading stopped: ${message(err)}`);
      }
    },
  };
}
