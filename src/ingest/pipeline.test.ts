import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoder, type Coder } from '../core/index.js';
import { extractArticle } from '../extract/index.js';
import { createFilesSource } from '../sources/files-source.js';
import type { SourceDocument } from '../sources/source.js';
import type { EventStore } from '../stores/index.js';
import { openSqliteStore } from '../stores/sqlite/index.js';
import { generateArticles, type GeneratedSet } from '../../test/ingest/generate-articles.js';
import type { CodingService } from './coding.js';
import { ingest } from './pipeline.js';
import type { ItemResult } from './results.js';

const root = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
let set: GeneratedSet;
let coder: Coder;
let store: EventStore;

/** In-process coding that counts its calls, to prove reruns skip articles before coding them. */
function countingCoding(): CodingService & { calls: number } {
  const c = {
    parallelism: 2,
    calls: 0,
    extract: async (doc: SourceDocument) => extractArticle(doc),
    async code(input: Parameters<Coder['code']>[0]) {
      c.calls++;
      return coder.code(input);
    },
    async close() {},
  };
  return c;
}

beforeAll(() => {
  set = generateArticles(join(root, 'news'), 60, 11);
  coder = createCoder();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  return () => store.close();
});

describe('ingest', () => {
  it('stores originals, marks syndicated copies, skips duplicates and reports broken files', async () => {
    const results: ItemResult[] = [];
    const coding = countingCoding();
    const s = await ingest({ store, sources: [createFilesSource(set.dir)], coding, onItem: (r) => results.push(r) });
    expect(s.items).toBe(set.total);
    expect(s.stored).toBe(set.originals);
    expect(s.copies + s.duplicates).toBe(set.exactDuplicates + set.syndicated);
    expect(s.copies).toBeGreaterThan(0);
    expect(s.failed).toBe(set.broken);
    expect(s.skipped).toBe(set.unsupported);
    expect(s.failures.map((f) => f.ref).sort()).toEqual(['news/broken-binary.txt', 'news/broken-empty.json']);
    expect(s.mentions).toBeGreaterThan(0);
    const stats = await store.stats();
    expect(stats.articles).toBe(s.stored + s.copies);
    expect(stats.copies).toBe(s.copies);
    // Results come back in input order: the refs of the JSON files are sorted like the directory.
    const refs = results.map((r) => r.ref).filter((r) => /\d{5}\.json$/.test(r));
    expect(refs).toEqual([...refs].sort());
  });

  it('is idempotent: a rerun stores nothing and codes nothing', async () => {
    const first = await ingest({ store, sources: [createFilesSource(set.dir)], coding: countingCoding() });
    const before = await store.stats();
    const coding = countingCoding();
    const again = await ingest({ store, sources: [createFilesSource(set.dir)], coding });
    expect(coding.calls).toBe(0);
    expect(again).toMatchObject({ stored: 0, copies: 0, duplicates: first.stored + first.copies + first.duplicates, failed: set.broken });
    expect(await store.stats()).toEqual(before);
  });

  it('stops taking items when aborted and stores the ones in flight completely', async () => {
    const ctl = new AbortController();
    let seen = 0;
    const s = await ingest({
      store,
      sources: [createFilesSource(set.dir)],
      coding: countingCoding(),
      signal: ctl.signal,
      onItem: () => {
        if (++seen === 10) ctl.abort();
      },
    });
    expect(s.interrupted).toBe(true);
    expect(s.items).toBeGreaterThanOrEqual(10);
    expect(s.items).toBeLessThan(set.total);
    expect((await store.stats()).articles).toBe(s.stored + s.copies);
  });

  it('reports a coder failure as a failed item and goes on', async () => {
    let n = 0;
    const flaky: CodingService = {
      parallelism: 1,
      extract: async (doc) => extractArticle(doc),
      async code(input) {
        if (++n === 3) throw new Error('boom');
        return coder.code(input);
      },
      async close() {},
    };
    const s = await ingest({ store, sources: [createFilesSource(set.dir)], coding: flaky });
    expect(s.failures.filter((f) => f.code === 'code')).toEqual([{ ref: expect.any(String), code: 'code', reason: 'coder: boom' }]);
    expect(s.stored).toBe(set.originals - 1);
  });
});
