import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer } from '../../test/sources/feed-server.js';
import { collect, runSourceConformance } from '../../test/sources/conformance.js';
import type { TestServer } from '../../test/sources/http-server.js';
import { extractArticle } from '../extract/extract-article.js';
import type { CacheEntry } from '../net/fetcher.js';
import { createFetcher } from '../net/http-fetcher.js';
import { createFeedSource } from './feed-source.js';
import type { SourceDocument, SourceItem } from './source.js';

let server: TestServer;
const hung: import('node:http').ServerResponse[] = [];
beforeAll(async () => {
  server = await startFeedServer({
    '/slow-feed.xml': (_req, res) => {
      const base = server.url('');
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss><channel><title>S</title><item><link>${base}articles/1.html</link></item><item><link>${base}never</link></item></channel></rss>`);
    },
    '/never': (_req, res) => void hung.push(res), // never answers
    '/polled.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"p1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"p1"' });
      res.end(`<rss><channel><item><link>${server.url('/articles/1.html')}</link></item></channel></rss>`);
    },
  });
});
afterAll(async () => {
  for (const res of hung) res.destroy();
  await server.close();
});

// Tests serve from 127.0.0.1, which the default policy refuses: allowPrivate is the test-only opening.
const fetcher = () => createFetcher({ allowPrivate: true, timeoutMs: 10_000 });
const feed = (path: string, extra = {}) => createFeedSource(server.url(path), { fetcher: fetcher(), ...extra });
const u = (path: string) => server.url(path);

runSourceConformance({
  name: 'feed (RSS 2.0)',
  create: () => feed('/rss2.xml'),
  get documents() {
    return [u('/articles/1.html'), u('/articles/2.html'), `${u('/rss2.xml')}#content-only-1`];
  },
  get errors() {
    return [
      { ref: 'file:///etc/passwd', code: 'blocked' as const },
      { ref: u('/articles/missing.html'), code: 'http-status' as const },
    ];
  },
  endless: () => feed('/slow-feed.xml'),
});

runSourceConformance({
  name: 'feed (Atom)',
  create: () => feed('/atom.xml'),
  get documents() {
    return [u('/articles/3.html'), u('/go/4')];
  },
  errors: [],
  skipEndless: 'covered by the RSS case: all formats share the entry fetching',
});

runSourceConformance({
  name: 'feed (RSS 1.0 / RDF)',
  create: () => feed('/rdf.xml'),
  get documents() {
    return [u('/articles/1.html'), u('/articles/3.html')];
  },
  errors: [],
  skipEndless: 'covered by the RSS case',
});

runSourceConformance({
  name: 'feed (JSON Feed)',
  create: () => feed('/feed.json'),
  get documents() {
    return [u('/articles/2.html'), u('/articles/3.html'), `${u('/feed.json')}#j3`];
  },
  errors: [],
  skipEndless: 'covered by the RSS case',
});

const docs = (items: SourceItem[]) => items.filter((i): i is SourceDocument => i.kind === 'document');

describe('createFeedSource', () => {
  it('keeps entry metadata and decodes a latin-1 feed', async () => {
    const [first] = docs(await collect(feed('/rss2.xml')));
    expect(first!.meta).toMatchObject({ title: 'Acuerdo en Bogotá', byline: 'María Pérez', published: 'Mon, 04 Mar 2024 09:30:00 -0500', feedTitle: 'Gazeta de Bogotá', language: 'es' });
    expect(first!.meta.summary).toContain('Resumen del acuerdo');
  });

  it('reads Atom authors, alternate links and redirects to the final URL', async () => {
    const [one, two] = docs(await collect(feed('/atom.xml')));
    expect(one).toMatchObject({ url: u('/articles/3.html'), meta: { title: 'Talks <b>resume</b>', byline: 'Kim Lee, Sam Roe', published: '2024-03-06T08:00:00+01:00' } });
    expect(two).toMatchObject({ ref: u('/go/4'), url: u('/articles/2.html') });
  });

  it('gives extraction the feed date when the page has none, and the page date when it has one', async () => {
    const items = docs(await collect(feed('/rdf.xml')));
    expect(extractArticle(items[0]!)).toMatchObject({ published: '2024-03-08T07:00:00Z', publishedFrom: 'feed', publishedBasis: 'stated' });
    expect(extractArticle(items[1]!)).toMatchObject({ published: '2024-03-05T12:00:00Z', publishedFrom: 'meta' });
  });

  it('never requests a file: link from a feed', async () => {
    const before = server.requests.length;
    const items = await collect(feed('/rss2.xml'));
    expect(items.find((i) => i.ref === 'file:///etc/passwd')).toMatchObject({ kind: 'error', code: 'blocked', reason: expect.stringMatching(/file:/) });
    expect(server.requests.slice(before).map((r) => r.path)).not.toContain('/etc/passwd');
  });

  it('refuses a feed on a loopback address without allowPrivate', async () => {
    const items = await collect(createFeedSource(u('/rss2.xml')));
    expect(items).toMatchObject([{ kind: 'error', code: 'blocked', ref: u('/rss2.xml') }]);
  });

  it('answers a second poll of an unchanged feed with one not-modified item', async () => {
    const cache = new Map<string, CacheEntry>();
    const shared = createFetcher({ allowPrivate: true, cache });
    const first = await collect(createFeedSource(u('/polled.xml'), { fetcher: shared, conditional: true }));
    expect(first.map((i) => i.kind)).toEqual(['document']);
    const second = await collect(createFeedSource(u('/polled.xml'), { fetcher: shared, conditional: true }));
    expect(second).toMatchObject([{ kind: 'error', code: 'not-modified' }]);
  });

  it('does not fetch entries the caller already has', async () => {
    const before = server.requests.length;
    const items = await collect(feed('/rdf.xml', { skip: (url: string) => url.endsWith('/articles/1.html') }));
    expect(items.map((i) => i.ref)).toEqual([u('/articles/3.html')]);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/rdf.xml', '/articles/3.html']);
  });

  it('says so when the URL is not a feed', async () => {
    expect(await collect(feed('/articles/1.html'))).toMatchObject([{ kind: 'error', code: 'parse', reason: expect.stringMatching(/expected a feed/) }]);
  });
});
