import { WARCParser, type WARCRecord } from 'warcio';
import { parseContentType } from '../../net/content-type.js';
import { decodeBody } from '../../net/decode.js';
import { looksBinary } from '../binary-sniff.js';
import { documentItem, errorItem, message } from '../items.js';
import type { SourceItem, SourceKind } from '../source.js';
import { TEXT_TYPES } from '../text-types.js';
import { GuardedChunks } from './guarded-chunks.js';

/**
 * Documents from a WARC or WARC.gz stream (warcio reads both; a .warc.gz is a series of gzip members). Only
 * `response` records with a 2xx status and `resource` records are candidates; `request`, `warcinfo`,
 * `metadata` and `revisit` records are passed over silently because every crawl has them. A candidate that is
 * not text (an image, a PDF) or not 2xx is reported as `unsupported`. Refs are `<name>#<byte offset>`, the
 * offset of the record (of its gzip member in a .warc.gz), which is how CC-NEWS indexes address records.
 */
export async function* warcItems(chunks: AsyncIterable<Uint8Array>, name: string, source: SourceKind, maxBytes: number, now: () => string): AsyncGenerator<SourceItem> {
  const input = new GuardedChunks(chunks);
  const parser = new WARCParser(input as never);
  let offset = 0;
  try {
    for (;;) {
      const record = await parser.parse();
      if (!record) {
        // warcio ends quietly on a truncated gzip member; bytes left unread after the last record say so.
        if (input.total - parser.offset > TRAILING_SLACK) throw new Error(`${input.total - parser.offset} bytes at the end are not a complete record (truncated file?)`);
        return;
      }
      offset = parser.offset;
      if (!record.warcType) throw new Error('a record without WARC-Type (corrupt or truncated file?)');
      const item = await recordItem(record, `${name}#${offset}`, source, maxBytes, now);
      if (item) yield item;
    }
  } catch (err) {
    // A broken record leaves the parser at an unknown position, so reading stops here, with the reason.
    const at = Math.max(offset, parser.offset);
    yield errorItem(source, `${name}#${at}`, 'parse', `WARC could not be read past byte ${at}: ${message(err)}`);
  }
}

async function recordItem(record: WARCRecord, ref: string, source: SourceKind, maxBytes: number, now: () => string): Promise<SourceItem | null> {
  const type = record.warcType;
  if (type !== 'response' && type !== 'resource') return null;
  const url = record.warcTargetURI ?? null;
  const info = type === 'response' ? record.getResponseInfo() : null;
  const status = Number(info?.status ?? 200);
  if (type === 'response' && !info) return errorItem(source, ref, 'parse', 'response record without HTTP headers (truncated file?)', url);
  if (status < 200 || status > 299) return errorItem(source, ref, 'unsupported', `HTTP ${status}: only 2xx responses are read`, url);
  const { type: contentType, charset } = parseContentType(info ? info.headers.get('content-type') : record.warcContentType);
  if (!TEXT_TYPES.has(contentType)) return errorItem(source, ref, 'unsupported', `content type ${contentType || 'unknown'} is not read`, url);
  // The record holds the HTTP headers and the (possibly compressed) body; far past the limit, skip without reading.
  if (record.warcContentLength > maxBytes + HEADER_ALLOWANCE) return errorItem(source, ref, 'too-large', `record of ${record.warcContentLength} bytes is over the limit`, url);
  const bytes = await readCapped(record, maxBytes);
  if (!bytes) return errorItem(source, ref, 'too-large', `body over the ${maxBytes}-byte limit`, url);
  if (looksBinary(bytes)) return errorItem(source, ref, 'binary', 'body looks binary although labelled text', url);
  return documentItem({
    ref,
    url,
    source,
    contentType: contentType === 'application/xhtml+xml' ? 'text/html' : contentType,
    body: decodeBody(bytes, charset),
    fetchedAt: isoDate(record.warcDate) ?? now(),
  });
}

/** The decoded payload (chunked and gzip transfer undone by warcio), or null past the limit. */
async function readCapped(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record.contentReader as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

const HEADER_ALLOWANCE = 64 * 1024;
/** Line breaks a writer may leave after the last record. */
const TRAILING_SLACK = 4;

/** WARC-Date as ISO 8601; null when absent or unreadable (a WARC record must have one, but files lie). */
function isoDate(warcDate: string | null | undefined): string | null {
  const t = Date.parse(warcDate ?? '');
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
