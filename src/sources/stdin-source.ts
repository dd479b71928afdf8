import { looksBinary } from './binary-sniff.js';
import { documentItem, errorItem, message, untilAborted } from './items.js';
import { jsonlItems } from './records/jsonl-items.js';
import { decodeBody } from '../net/decode.js';
import { DEFAULT_MAX_ITEM_BYTES, type Source, type SourceItem, type SourceOptions } from './source.js';

export interface StdinOptions extends SourceOptions {
  /** The stream to read; default `process.stdin`. */
  input?: AsyncIterable<Uint8Array>;
}

/**
 * Standard input: JSON Lines when the first non-blank character is `{` (refs `stdin:<line>`, streamed), else the
 * whole input is one article (ref `stdin`), HTML when it starts with a tag, plain text otherwise. Standard input
 * can be read once, so unlike other sources a second `items()` yields nothing.
 */
export function createStdinSource(options: StdinOptions = {}): Source {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ITEM_BYTES;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  let used = false;
  return {
    kind: 'stdin',
    origin: '-',
    async *items(): AsyncGenerator<SourceItem> {
      if (used) return;
      used = true;
      try {
        const input = await peek(options.input ?? process.stdin);
        if (input.first === 0x7b /* { */) {
          yield* untilAborted(jsonlItems(input.chunks, 'stdin', 'stdin', now, maxBytes), options.signal);
          return;
        }
        const bytes = await readAll(input.chunks, maxBytes);
        if (!bytes) return yield errorItem('stdin', 'stdin', 'too-large', `standard input is over the ${maxBytes}-byte limit`);
        if (bytes.length === 0 || input.first === null) return;
        if (looksBinary(bytes)) return yield errorItem('stdin', 'stdin', 'binary', 'standard input looks binary');
        const body = decodeBody(bytes);
        const html = /^\s*<(!doctype|html|head|body|article|main|div|p|h[1-6]|meta|title)\b/i.test(body);
        yield documentItem({ ref: 'stdin', url: null, source: 'stdin', contentType: html ? 'text/html' : 'text/plain', body, fetchedAt: now() });
      } catch (err) {
        yield errorItem('stdin', 'stdin', 'read', message(err));
      }
    },
  };
}

/** The first non-whitespace byte (null for blank input) and the whole stream, including what was read to find it. */
async function peek(stream: AsyncIterable<Uint8Array>): Promise<{ first: number | null; chunks: AsyncIterable<Uint8Array> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let first: number | null = null;
  let done = false;
  while (first === null) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    const at = next.value.findIndex((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
    if (at !== -1) first = next.value[at]!;
  }
  async function* chunks(): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { first, chunks: chunks() };
}

async function readAll(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}
