/**
 * The conformance suite every Source implementation passes (like hono's `runTest`): call
 * `runSourceConformance({...})` from the implementation's test file with a factory over fixtures, the refs it
 * must yield, and the errors it must report. Skips must say why.
 */
import { describe, expect, it } from 'vitest';
import type { Source, SourceErrorCode, SourceItem } from '../../src/sources/source.js';

export interface ConformanceCase {
  name: string;
  /** A fresh source over the fixtures; called several times. */
  create(): Source | Promise<Source>;
  /** Document refs expected, in order. */
  documents: string[];
  /** Errors expected (ref and code), in order; other errors are a failure. */
  errors: { ref: string; code: SourceErrorCode }[];
  /**
   * A source whose input yields one item and then stalls forever (a stream that never ends, a page that never
   * answers). The suite checks the first item arrives anyway, which only a streaming source can do.
   */
  endless?: () => Source | Promise<Source>;
  /** Why `endless` is not given, when it is not. */
  skipEndless?: string;
  /** Why one Source object can be iterated only once (standard input), when that is so. */
  singlePass?: string;
}

export async function collect(source: Source): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of source.items()) out.push(item);
  return out;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function runSourceConformance(c: ConformanceCase): void {
  describe(`Source conformance: ${c.name}`, () => {
    it('yields the expected documents and errors, in order', async () => {
      const items = await collect(await c.create());
      expect(items.filter((i) => i.kind === 'document').map((i) => i.ref)).toEqual(c.documents);
      expect(items.filter((i) => i.kind === 'error').map((i) => ({ ref: i.ref, code: i.code }))).toEqual(c.errors);
    });

    it('yields well-formed, JSON-serialisable items', async () => {
      const source = await c.create();
      for (const item of await collect(source)) {
        expect(item.ref, JSON.stringify(item)).toMatch(/\S/);
        expect(item.source).toBe(source.kind);
        expect(JSON.parse(JSON.stringify(item))).toEqual(item);
        if (item.kind === 'document') {
          expect(item.contentType).toMatch(/^(text\/html|text\/plain|application\/json)$/);
          expect(typeof item.body).toBe('string');
          expect(item.fetchedAt).toMatch(ISO);
          expect(item.url === null || /^https?:\/\//.test(item.url)).toBe(true);
        } else {
          expect(item.reason.length, item.ref).toBeGreaterThan(3);
        }
      }
    });

    it('gives the same items on a second run (stable refs, same bodies)', async () => {
      const strip = (items: SourceItem[]) => items.map((i) => (i.kind === 'document' ? [i.ref, i.url, i.body, i.meta] : [i.ref, i.code]));
      const first = strip(await collect(await c.create()));
      const source = await c.create();
      expect(strip(await collect(source))).toEqual(first);
      // And the same source object can be iterated again, unless its input can only be read once.
      if (!c.singlePass) expect(strip(await collect(source))).toEqual(first);
    });

    it('can be abandoned after the first item', async () => {
      const source = await c.create();
      for await (const item of source.items()) {
        expect(item.ref).toBeTruthy();
        break;
      }
      const again = c.singlePass ? await c.create() : source;
      expect((await collect(again)).length).toBe(c.documents.length + c.errors.length);
    });

    if (c.endless) {
      const endless = c.endless;
      it('streams: the first item arrives while the input is still open', async () => {
        const iterator = (await endless()).items()[Symbol.asyncIterator]();
        const first = await iterator.next();
        expect(first.done).toBe(false);
        expect(first.value?.ref).toBeTruthy();
        await iterator.return?.();
      });
    } else {
      it.skip(`streams (skipped: ${c.skipEndless ?? 'no reason given'})`, () => {});
    }
  });
}
