import { readArticleRecord } from '../../extract/article-record.js';
import { errorItem } from '../items.js';
import type { SourceItem, SourceKind } from '../source.js';
import { readLines } from './read-lines.js';
import { recordDocument } from './record-document.js';

/**
 * One item per non-blank line of JSONL: a document for an article object, an error naming the line for
 * anything else. Refs are `<name>:<line>`, so they stay stable while lines are only appended.
 */
export async function* jsonlItems(chunks: AsyncIterable<Uint8Array>, name: string, source: SourceKind, fetchedAt: () => string, maxBytes: number): AsyncGenerator<SourceItem> {
  for await (const line of readLines(chunks, maxBytes)) {
    const ref = `${name}:${line.number}`;
    if ('tooLong' in line) {
      yield errorItem(source, ref, 'too-large', `line ${line.number} is over the ${maxBytes}-byte limit`);
      continue;
    }
    if (!line.text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (err) {
      yield errorItem(source, ref, 'parse', `line ${line.number}: ${(err as Error).message}`);
      continue;
    }
    const read = readArticleRecord(value);
    if ('error' in read) yield errorItem(source, ref, 'parse', `line ${line.number}: ${read.error}`);
    else yield recordDocument(read.record, ref, source, fetchedAt());
  }
}
