import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../test/sources/http-server.js';
import type { CacheEntry } from './fetcher.js';
import { createFetcher } from './http-fetcher.js';

let server: TestServer;
const hung: import('node:http').ServerResponse[] = [];

beforeAll(async () => {
  server = await startServer({
    '/page': { body: '<p>hello</p>', headers: { 'content-type': 'text/html; charset=ISO-8859-1' } },
    '/redirect': { status: 302, headers: { location: '/page' } },
    '/loop': { status: 301, headers: { location: '/loop' } },
    '/to-private': { status: 302, headers: { location: 'http://10.0.0.1/secret' } },
    '/to-metadata': { status: 307, headers: { location: 'http://169.254.169.254/latest/meta-data/' } },
    '/to-v6-loopback': { status: 302, headers: { location: 'http://[::1]:9/' } },
    '/to-file': { status: 302, headers: { location: 'file:///etc/passwd' } },
    '/big-declared': { body: 'x'.repeat(5000) },
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 50; i++) res.write('y'.repeat(200));
      res.end();
    },
    '/gzip-bomb': { headers: { 'content-encoding': 'gzip', 'content-type': 'text/plain' }, body: gzipSync('z'.repeat(100_000)) },
    '/gzip-ok': { headers: { 'content-encoding': 'gzip', 'content-type': 'text/plain' }, body: gzipSync('small and zipped') },
    '/hang': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      hung.push(res); // never ended: only the fetcher's timeout can finish this request
    },
    '/missing': { status: 404, body: 'nope' },
    '/feed': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT' }).end('<rss/>');
    },
  });
});
afterAll(async () => {
  for (const res of hung) res.destroy();
  await server.close();
});

const open = (extra = {}) => createFetcher({ allowPrivate: true, ...extra });

describe('createFetcher', () => {
  it('fetches with our User-Agent and reports type, charset and final URL', async () => {
    const res = await open().fetch(server.url('/redirect'));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.url).toBe(server.url('/page'));
    expect(res.contentType).toBe('text/html');
    expect(res.charset).toBe('iso-8859-1');
    expect(new TextDecoder().decode(res.bytes)).toBe('<p>hello</p>');
    expect(server.requests.at(-1)?.headers['user-agent']).toMatch(/^Dyad\/\S+ \(\+https:\/\//);
  });

  it('refuses loopback without allowPrivate, by literal address and by name', async () => {
    const strict = createFetcher();
    const before = server.requests.length;
    const literal = await strict.fetch(server.url('/page'));
    expect(literal).toMatchObject({ ok: false, code: 'blocked' });
    const byName = await strict.fetch(server.url('/page').replace('127.0.0.1', 'localhost'));
    expect(byName).toMatchObject({ ok: false, code: 'blocked' });
    expect(server.requests.length).toBe(before);
  });

  it('re-checks every redirect: private, metadata, IPv6 loopback and file: targets are refused', async () => {
    // Only the test server's own address is allowed, so the first hop succeeds and the policy judges the redirect.
    const fetcher = createFetcher({ allowAddresses: ['127.0.0.1'] });
    for (const path of ['/to-private', '/to-metadata', '/to-v6-loopback', '/to-file']) {
      const res = await fetcher.fetch(server.url(path));
      expect(res, path).toMatchObject({ ok: false, code: 'blocked' });
    }
    expect(await fetcher.fetch(server.url('/redirect'))).toMatchObject({ ok: true });
  });

  it('refuses non-http schemes', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'data:text/html,hi', 'javascript:alert(1)']) {
      expect(await open().fetch(url), url).toMatchObject({ ok: false, code: 'blocked' });
    }
  });

  it('stops after the redirect limit', async () => {
    const res = await open({ maxRedirects: 3 }).fetch(server.url('/loop'));
    expect(res).toMatchObject({ ok: false, code: 'blocked' });
    if (!res.ok) expect(res.reason).toMatch(/more than 3 redirects/);
  });

  it('enforces the size limit on declared, streamed and decompressed bodies', async () => {
    const fetcher = open({ maxBytes: 1000 });
    for (const path of ['/big-declared', '/big-chunked', '/gzip-bomb']) {
      expect(await fetcher.fetch(server.url(path)), path).toMatchObject({ ok: false, code: 'too-large' });
    }
    const small = await fetcher.fetch(server.url('/gzip-ok'));
    expect(small.ok && new TextDecoder().decode(small.bytes)).toBe('small and zipped');
  });

  it('times out on a body that never ends', async () => {
    const res = await open({ timeoutMs: 300 }).fetch(server.url('/hang'));
    expect(res).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('reports HTTP errors with their status', async () => {
    expect(await open().fetch(server.url('/missing'))).toMatchObject({ ok: false, code: 'http-status', status: 404 });
  });

  it('makes conditional requests from the cache and reports 304 as not modified', async () => {
    const cache = new Map<string, CacheEntry>();
    const fetcher = open({ cache });
    const first = await fetcher.fetch(server.url('/feed'), { conditional: true });
    expect(first).toMatchObject({ ok: true, notModified: false, status: 200 });
    expect(cache.get(server.url('/feed'))).toEqual({ etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    const second = await fetcher.fetch(server.url('/feed'), { conditional: true });
    expect(second).toMatchObject({ ok: true, notModified: true, status: 304 });
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    // Without `conditional` the cache is neither read nor written.
    expect(await fetcher.fetch(server.url('/feed'))).toMatchObject({ ok: true, notModified: false });
  });
});
