import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readArticleRecord } from '../../extract/article-record.js';
import { decodeBody } from '../../net/decode.js';
import { looksBinary } from '../binary-sniff.js';
import { documentItem, errorItem, message } from '../items.js';
import { jsonlItems } from '../records/jsonl-items.js';
import { recordDocument } from '../records/record-document.js';
import { warcItems } from '../records/warc-items.js';
import type { SourceItem } from '../source.js';
import { fileKind } from './file-kind.js';

export interface FileEntry {
  path: string;
  /** The ref prefix: the path relative to the argument's parent. */
  rel: string;
  size: number;
  mtime: Date;
}

/**
 * The items in one file. Text and HTML files are one document each; a .json file is one article object or an
 * array of them; .jsonl and WARC files stream record by record (so their size is not limited, only each
 * record's). A file's mtime is its `fetchedAt`, so reruns over unchanged files give identical items.
 */
export async function* fileItems(file: FileEntry, maxBytes: number): AsyncGenerator<SourceItem> {
  const kind = fileKind(file.rel);
  const fetchedAt = file.mtime.toISOString();
  if (!kind) {
    yield errorItem('files', file.rel, 'unsupported', 'not a file type Dyad reads (.txt, .html, .htm, .json, .jsonl, .warc, .warc.gz)');
    return;
  }
  if (kind === 'jsonl') return yield* jsonlItems(createReadStream(file.path), file.rel, 'files', () => fetchedAt, maxBytes);
  if (kind === 'warc') return yield* warcItems(createReadStream(file.path), file.rel, 'files', maxBytes, () => fetchedAt);
  if (file.size > maxBytes) {
    const hint = kind === 'json' ? ' (write large collections as .jsonl, which is read line by line)' : '';
    yield errorItem('files', file.rel, 'too-large', `file of ${file.size} bytes is over the ${maxBytes}-byte limit${hint}`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (err) {
    yield errorItem('files', file.rel, 'read', message(err));
    return;
  }
  if (looksBinary(bytes)) {
    yield errorItem('files', file.rel, 'binary', `named .${file.rel.split('.').pop()} but its content looks binary`);
    return;
  }
  const body = decodeBody(bytes);
  if (kind === 'json') return yield* jsonFileItems(body, file.rel, fetchedAt);
  yield documentItem({ ref: file.rel, url: null, source: 'files', contentType: kind === 'html' ? 'text/html' : 'text/plain', body, fetchedAt });
}

/** A .json file: one article object (ref = the file), or an array of them (ref = `file.json#<index>`). */
function* jsonFileItems(body: string, rel: string, fetchedAt: string): Generator<SourceItem> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    yield errorItem('files', rel, 'parse', `JSON could not be parsed: ${(err as Error).message}`);
    return;
  }
  const list = Array.isArray(value) ? value : [value];
  for (let i = 0; i < list.length; i++) {
    const ref = Array.isArray(value) ? `${rel}#${i}` : rel;
    const read = readArticleRecord(list[i]);
    yield 'error' in read ? errorItem('files', ref, 'parse', read.error) : recordDocument(read.record, ref, 'files', fetchedAt);
  }
}
