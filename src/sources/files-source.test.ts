import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, runSourceConformance } from '../../test/sources/conformance.js';
import { buildWarc } from '../../test/sources/warc-fixture.js';
import { createFilesSource } from './files-source.js';
import type { SourceDocument } from './source.js';

const tmp = mkdtempSync(join(tmpdir(), 'dyad-files-'));
const news = join(tmp, 'news');
let warcOffsets: number[] = [];

const latin1 = (s: string) => Buffer.from(s, 'latin1');

beforeAll(async () => {
  mkdirSync(join(news, 'sub'), { recursive: true });
  writeFileSync(join(news, 'a.txt'), 'Plain article.\n\nSecond paragraph.');
  writeFileSync(join(news, 'b.html'), '<html><body><p>An HTML article.</p></body></html>');
  writeFileSync(join(news, 'c-latin1.html'), latin1('<html><head><meta charset="iso-8859-1"></head><body><p>Le ministre a visité São Tomé et Zürich.</p></body></html>'));
  writeFileSync(join(news, 'd.json'), JSON.stringify({ id: 'd1', title: 'One object', text: 'Object text.', published: '2024-01-02' }));
  writeFileSync(join(news, 'e.json'), JSON.stringify([{ text: 'First of an array.' }, { nothing: 'here' }]));
  writeFileSync(join(news, 'f.jsonl'), '{"id":"1","text":"Line one."}\n{"id":"2","text": oops}\n\n{"id":"3","text":"Line four.","url":"https://x.example/4"}\n');
  writeFileSync(join(news, 'fake.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x10]));
  writeFileSync(join(news, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(news, '.hidden.txt'), 'never read');
  writeFileSync(join(news, 'sub', 'h.htm'), '<p>Nested.</p>');
  symlinkSync('..', join(news, 'sub', 'loop'));
  symlinkSync(join(tmp, 'does-not-exist'), join(news, 'broken-link.txt'));
  const warc = await buildWarc(
    [
      { url: 'https://news.example/1', body: '<p>First WARC page.</p>' },
      { url: 'https://news.example/moved', body: '', status: 301, headers: { Location: '/1' } },
      { url: 'https://news.example/logo.png', body: new Uint8Array([1, 2, 3]), contentType: 'image/png' },
      { url: 'https://news.example/2', body: latin1('<p>Second page, Bogotá.</p>'), contentType: 'text/html; charset=ISO-8859-1' },
    ],
    true,
  );
  writeFileSync(join(news, 'g.warc.gz'), warc.bytes);
  warcOffsets = warc.offsets;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

runSourceConformance({
  name: 'files',
  create: () => createFilesSource(news),
  get documents() {
    return [
      'news/a.txt', 'news/b.html', 'news/c-latin1.html', 'news/d.json', 'news/e.json#0', 'news/f.jsonl:1', 'news/f.jsonl:4',
      `news/g.warc.gz#${warcOffsets[0]}`, `news/g.warc.gz#${warcOffsets[3]}`, 'news/sub/h.htm',
    ];
  },
  get errors() {
    return [
      { ref: 'news/broken-link.txt', code: 'read' as const },
      { ref: 'news/e.json#1', code: 'parse' as const },
      { ref: 'news/f.jsonl:2', code: 'parse' as const },
      { ref: 'news/fake.txt', code: 'binary' as const },
      { ref: `news/g.warc.gz#${warcOffsets[1]}`, code: 'unsupported' as const },
      { ref: `news/g.warc.gz#${warcOffsets[2]}`, code: 'unsupported' as const },
      { ref: 'news/image.png', code: 'unsupported' as const },
      { ref: 'news/sub/loop', code: 'read' as const },
    ];
  },
  skipEndless: 'files are read whole, one at a time; JSONL and WARC streaming is checked by their own sources',
});

describe('createFilesSource', () => {
  const byRef = async () => new Map((await collect(createFilesSource(news))).map((i) => [i.ref, i]));

  it('decodes a latin-1 page by its <meta charset>', async () => {
    const doc = (await byRef()).get('news/c-latin1.html') as SourceDocument;
    expect(doc.body).toContain('São Tomé et Zürich');
    expect(doc.contentType).toBe('text/html');
  });

  it('keeps JSON and JSONL fields as metadata', async () => {
    const items = await byRef();
    expect(items.get('news/d.json')).toMatchObject({ contentType: 'text/plain', body: 'Object text.', meta: { id: 'd1', title: 'One object', published: '2024-01-02' } });
    expect(items.get('news/f.jsonl:4')).toMatchObject({ url: 'https://x.example/4', meta: { id: '3' } });
    expect(items.get('news/f.jsonl:2')).toMatchObject({ reason: expect.stringMatching(/^line 2: /) });
  });

  it('reads WARC records with their target URI, date and charset', async () => {
    const doc = (await byRef()).get(`news/g.warc.gz#${warcOffsets[3]}`) as SourceDocument;
    expect(doc).toMatchObject({ url: 'https://news.example/2', fetchedAt: '2024-03-01T10:00:00.000Z' });
    expect(doc.body).toContain('Bogotá');
  });

  it('reads a single file given directly, named by its base name', async () => {
    expect((await collect(createFilesSource(join(news, 'a.txt')))).map((i) => i.ref)).toEqual(['a.txt']);
  });

  it('reports a missing path as an error item', async () => {
    expect(await collect(createFilesSource(join(tmp, 'nope')))).toMatchObject([{ kind: 'error', code: 'read', ref: 'nope' }]);
  });

  it('reports files over the size limit without reading them', async () => {
    const items = await collect(createFilesSource(join(news, 'b.html'), { maxBytes: 10 }));
    expect(items).toMatchObject([{ kind: 'error', code: 'too-large' }]);
  });
});
