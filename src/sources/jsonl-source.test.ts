import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, runSourceConformance } from '../../test/sources/conformance.js';
import { endlessStreamOf, streamOf } from '../../test/sources/stream-fixture.js';
import { createJsonlSource } from './jsonl-source.js';

const tmp = mkdtempSync(join(tmpdir(), 'dyad-jsonl-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = join(tmp, 'articles.jsonl');
writeFileSync(
  file,
  [
    '{"id":"a1","text":"First article.","published":"2024-02-03","title":"One","url":"https://x.example/1"}',
    '{"id":"a2","text":"Second article."}',
    '{"id": "a3", "text": "truncated',
    '',
    '[1, 2, 3]',
    '{"id":"a6","title":"no text"}',
    '"just a string"',
    '{"id":"a8","text":"Ünïcödé text — with a dash.","byline":"R. Reporter"}\r',
  ].join('\n'),
);

runSourceConformance({
  name: 'jsonl',
  create: () => createJsonlSource(file),
  documents: ['articles.jsonl:1', 'articles.jsonl:2', 'articles.jsonl:8'],
  errors: [
    { ref: 'articles.jsonl:3', code: 'parse' },
    { ref: 'articles.jsonl:5', code: 'parse' },
    { ref: 'articles.jsonl:6', code: 'parse' },
    { ref: 'articles.jsonl:7', code: 'parse' },
  ],
  endless: () => createJsonlSource({ name: 'pipe', open: () => endlessStreamOf('{"text":"first"}\n{"text":"sec') }),
});

describe('createJsonlSource', () => {
  it('keeps the record fields and names the bad line in the reason', async () => {
    const items = await collect(createJsonlSource(file));
    expect(items[0]).toMatchObject({ kind: 'document', contentType: 'text/plain', body: 'First article.', url: 'https://x.example/1', meta: { id: 'a1', title: 'One', published: '2024-02-03' } });
    expect(items[2]).toMatchObject({ kind: 'error', reason: expect.stringMatching(/^line 3: /) });
    expect(items[4]).toMatchObject({ reason: 'line 6: the object has no "text" (or "body", "content", "html") field with text in it' });
    expect(items.at(-1)).toMatchObject({ body: 'Ünïcödé text — with a dash.', meta: { byline: 'R. Reporter' } });
  });

  it('reads lines split across chunks, and reports a line over the limit without holding it', async () => {
    const long = `{"text":"${'x'.repeat(500)}"}`;
    const source = createJsonlSource({ name: 's', open: () => streamOf('{"te', 'xt":"a', '"}\n', long.slice(0, 100), long.slice(100), '\n{"text":"b"}') }, { maxBytes: 200 });
    const items = await collect(source);
    expect(items.map((i) => [i.ref, i.kind === 'document' ? i.body : i.code])).toEqual([
      ['s:1', 'a'],
      ['s:2', 'too-large'],
      ['s:3', 'b'],
    ]);
  });

  it('stamps file records with the file mtime and stream records with the clock', async () => {
    const [fromStream] = await collect(createJsonlSource({ name: 's', open: () => streamOf('{"text":"a"}') }, { now: () => new Date('2020-01-01T00:00:00Z') }));
    expect(fromStream).toMatchObject({ fetchedAt: '2020-01-01T00:00:00.000Z' });
  });

  it('stops between items once the signal is aborted', async () => {
    const abort = new AbortController();
    const seen: string[] = [];
    for await (const item of createJsonlSource(file, { signal: abort.signal }).items()) {
      seen.push(item.ref);
      abort.abort();
    }
    expect(seen).toEqual(['articles.jsonl:1']);
  });

  it('reports a missing file as an error item', async () => {
    expect(await collect(createJsonlSource(join(tmp, 'nope.jsonl')))).toMatchObject([{ kind: 'error', code: 'read' }]);
  });
});
