import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer } from '../../test/sources/feed-server.js';
import { collect, runSourceConformance } from '../../test/sources/conformance.js';
import type { TestServer } from '../../test/sources/http-server.js';
import { createFetcher } from '../net/http-fetcher.js';
import { createUrlListSource } from './url-list-source.js';
import { createUrlSource } from './url-source.js';

let server: TestServer;
const tmp = mkdtempSync(join(tmpdir(), 'dyad-urls-'));
const list = join(tmp, 'urls.txt');
beforeAll(async () => {
  server = await startFeedServer({ '/plain-html': { headers: { 'content-type': 'text/plain' }, body: '<!DOCTYPE html><html><body><p>Mislabelled page.</p></body></html>' } });
  writeFileSync(
    list,
    [
      '# articles to ingest',
      server.url('/articles/1.html'),
      '',
      `${server.url('/articles/3.html')}   # trailing comment`,
      'ftp://old.example/file.txt',
      server.url('/image.png'),
      server.url('/feed.json'),
      'not a url at all',
    ].join('\n'),
  );
});
afterAll(async () => {
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
});

const opts = () => ({ fetcher: createFetcher({ allowPrivate: true }) });
const u = (path: string) => server.url(path);

runSourceConformance({
  name: 'url (an article)',
  create: () => createUrlSource(u('/articles/1.html'), opts()),
  get documents() {
    return [u('/articles/1.html')];
  },
  errors: [],
  skipEndless: 'one URL is one fetch; feed streaming is checked by the feed source',
});

runSourceConformance({
  name: 'url (a feed, recognised by content under a wrong Content-Type)',
  create: () => createUrlSource(u('/mislabelled'), opts()),
  get documents() {
    return [u('/articles/3.html'), u('/go/4')];
  },
  errors: [],
  skipEndless: 'feed streaming is checked by the feed source',
});

runSourceConformance({
  name: 'urls (a URL list)',
  create: () => createUrlListSource(list, opts()),
  get documents() {
    return [u('/articles/1.html'), u('/articles/3.html'), u('/articles/2.html'), u('/articles/3.html'), `${u('/feed.json')}#j3`];
  },
  get errors() {
    return [
      { ref: 'urls.txt:5', code: 'parse' as const },
      { ref: u('/image.png'), code: 'binary' as const },
      { ref: 'urls.txt:8', code: 'parse' as const },
    ];
  },
  skipEndless: 'URLs are fetched a few at a time and yielded in order; feed streaming is checked by the feed source',
});

describe('createUrlSource', () => {
  it('yields the page as an HTML document with its final URL', async () => {
    expect(await collect(createUrlSource(u('/go/4'), opts()))).toMatchObject([{ kind: 'document', ref: u('/go/4'), url: u('/articles/2.html'), contentType: 'text/html' }]);
  });
  it('treats a page labelled text/plain that opens like HTML as HTML', async () => {
    expect(await collect(createUrlSource(u('/plain-html'), opts()))).toMatchObject([{ kind: 'document', contentType: 'text/html' }]);
  });

  it('reports a 404 and a refused address as error items', async () => {
    expect(await collect(createUrlSource(u('/nothing-here'), opts()))).toMatchObject([{ kind: 'error', code: 'http-status' }]);
    expect(await collect(createUrlSource(u('/articles/1.html')))).toMatchObject([{ kind: 'error', code: 'blocked' }]);
  });
});
