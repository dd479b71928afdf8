import { fileInput, type ByteInput } from './byte-input.js';
import { errorItem, message, untilAborted } from './items.js';
import { warcItems } from './records/warc-items.js';
import { DEFAULT_MAX_ITEM_BYTES, type Source, type SourceItem, type SourceOptions } from './source.js';

/**
 * Pages in a WARC or WARC.gz file (Common Crawl's CC-NEWS is the real case), record by record, so a 10 GB
 * file streams. 2xx `response` records of HTML, plain text or JSON are documents with the target URI as URL and
 * WARC-Date as `fetchedAt`; other responses are `unsupported` items; request, warcinfo, metadata and revisit
 * records are passed over. Refs: `name#offset`.
 */
export function createWarcSource(input: string | ByteInput, options: SourceOptions = {}): Source {
  const bytes = typeof input === 'string' ? fileInput(input) : input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ITEM_BYTES;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  return {
    kind: 'warc',
    origin: typeof input === 'string' ? input : input.name,
    async *items(): AsyncGenerator<SourceItem> {
      try {
        yield* untilAborted(warcItems(bytes.open(), bytes.name, 'warc', maxBytes, now), options.signal);
      } catch (err) {
        yield errorItem('warc', bytes.name, 'read', message(err));
      }
    },
  };
}
