import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, runSourceConformance } from '../../test/sources/conformance.js';
import { endlessStreamOf } from '../../test/sources/stream-fixture.js';
import { buildWarc, type PageRecord } from '../../test/sources/warc-fixture.js';
import { createWarcSource } from './warc-source.js';
import type { SourceDocument } from './source.js';

const tmp = mkdtempSync(join(tmpdir(), 'dyad-warc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// The shape of a CC-NEWS WARC: HTML responses among redirects, errors and the odd non-HTML body.
const PAGES: PageRecord[] = [
  { url: 'https://a.example/story-1', body: '<html><head><title>One</title></head><body><p>Story one.</p></body></html>', date: '2024-03-01T10:00:00Z' },
  { url: 'https://a.example/old', body: '', status: 301, headers: { Location: 'https://a.example/new' } },
  { url: 'https://a.example/gone', body: 'Not found', status: 404 },
  { url: 'https://a.example/feed.pdf', body: new Uint8Array([0x25, 0x50, 0x44, 0x46]), contentType: 'application/pdf' },
  { url: 'https://b.example/story-2', body: Buffer.from('<p>Caf\u00e9 in Bogot\u00e1.</p>', 'latin1'), contentType: 'text/html; charset=windows-1252', date: '2024-03-02T11:00:00Z' },
  { url: 'https://b.example/notes.txt', body: 'A resource record of plain text.', contentType: 'text/plain', type: 'resource' },
];
const paths: Record<string, string> = {};
const offsets: Record<string, number[]> = {};

beforeAll(async () => {
  for (const gzip of [false, true]) {
    const { bytes, offsets: at } = await buildWarc(PAGES, gzip);
    const name = gzip ? 'crawl.warc.gz' : 'crawl.warc';
    paths[name] = join(tmp, name);
    offsets[name] = at;
    writeFileSync(paths[name]!, bytes);
  }
  for (const gzip of [false, true]) {
    const { bytes, offsets: at } = await buildWarc(PAGES, gzip);
    // Cut inside the body of the fifth page's response record, after four complete records.
    writeFileSync(join(tmp, `truncated.warc${gzip ? '.gz' : ''}`), bytes.subarray(0, at[4]! + 120));
  }
});

for (const name of ['crawl.warc', 'crawl.warc.gz']) {
  runSourceConformance({
    name: `warc (${name})`,
    create: () => createWarcSource(paths[name]!),
    get documents() {
      return [0, 4, 5].map((i) => `${name}#${offsets[name]![i]}`);
    },
    get errors() {
      return [1, 2, 3].map((i) => ({ ref: `${name}#${offsets[name]![i]}`, code: 'unsupported' as const }));
    },
    endless: async () => {
      const { bytes } = await buildWarc(PAGES.slice(0, 1), name.endsWith('.gz'));
      return createWarcSource({ name, open: () => endlessStreamOf(bytes) });
    },
  });
}

describe('createWarcSource', () => {
  it('gives the target URI, WARC-Date and decoded body of each page', async () => {
    const docs = (await collect(createWarcSource(paths['crawl.warc.gz']!))).filter((i): i is SourceDocument => i.kind === 'document');
    expect(docs.map((d) => [d.url, d.contentType, d.fetchedAt])).toEqual([
      ['https://a.example/story-1', 'text/html', '2024-03-01T10:00:00.000Z'],
      ['https://b.example/story-2', 'text/html', '2024-03-02T11:00:00.000Z'],
      ['https://b.example/notes.txt', 'text/plain', '2024-03-01T10:00:00.000Z'],
    ]);
    expect(docs[1]!.body).toBe('<p>Café in Bogotá.</p>');
  });

  it('says why records were skipped', async () => {
    const reasons = (await collect(createWarcSource(paths['crawl.warc']!))).flatMap((i) => (i.kind === 'error' ? [i.reason] : []));
    expect(reasons).toEqual([expect.stringMatching(/HTTP 301/), expect.stringMatching(/HTTP 404/), expect.stringMatching(/application\/pdf/)]);
  });

  it('reports a record over the size limit and goes on to the next', async () => {
    const items = await collect(createWarcSource(paths['crawl.warc.gz']!, { maxBytes: 30 }));
    expect(items.map((i) => (i.kind === 'error' ? i.code : 'document'))).toEqual(['too-large', 'unsupported', 'unsupported', 'unsupported', 'document', 'too-large']);
  });

  it.each(['truncated.warc', 'truncated.warc.gz'])('reports a truncated file (%s) as an error item after the records it could read, without hanging', async (name) => {
    const items = await collect(createWarcSource(join(tmp, name)));
    expect(items.slice(0, 4).map((i) => i.kind)).toEqual(['document', 'error', 'error', 'error']);
    expect(items.at(-1)).toMatchObject({ kind: 'error', code: 'parse', reason: expect.stringMatching(/truncated/) });
    expect(items.length).toBe(5);
  });
});
