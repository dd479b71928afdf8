// POST routes: /api/code answers like `dyad code`, /api/ingest only with the configured token, and
// both refuse bodies that are too large, malformed or of the wrong type.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCoder, type Coder } from '../../src/core/index.js';
import type { FetchResult, Fetcher } from '../../src/net/index.js';
import { createApp, type AppOptions } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import type { EventPage, EventStore } from '../../src/stores/index.js';
import { exampleArticles } from './example-store.js';

const TOKEN = 'correct-horse-battery';
let coder: Coder;
const stores: EventStore[] = [];

beforeAll(() => {
  coder = createCoder();
});
afterEach(async () => {
  while (stores.length) await stores.pop()!.close();
});

async function appWith(opts: Partial<AppOptions> = {}) {
  const store = await openSqliteStore(':memory:');
  stores.push(store);
  return { store, app: createApp({ store, coder, webDir: '/nonexistent', log: () => {}, ...opts }) };
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('POST /api/code', () => {
  it('answers with the JSON `dyad code` prints for the same article', async () => {
    const { app } = await appWith();
    const article = exampleArticles().find((a) => a.id === '13-putin-visits-pyongyang')!;
    const input = { id: article.id, title: article.title as string, published: article.published as string, text: article.text };
    const res = await app.request('/api/code', json(input));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(coder.code(input))));
    expect(body.events.length).toBeGreaterThan(0);
  });

  it('takes plain text too, and stores nothing', async () => {
    const { app, store } = await appWith();
    const res = await app.request('/api/code', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Russia accused Ukraine of shelling a village on Monday.' });
    expect(res.status).toBe(200);
    expect((await res.json()).events[0].cameo.code).toMatch(/^11/);
    expect((await store.stats()).articles).toBe(0);
  });

  it.each([
    ['malformed JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' }, 400, /not valid JSON/],
    ['no text', json({ title: 'x' }), 400, /text/],
    ['an unknown field', json({ text: 'x', colour: 'red' }), 400, /colour/],
    ['a bad date', json({ text: 'x', published: 'soon' }), 400, /published/],
    ['a form body', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=x' }, 415, /application\/json/],
  ])('refuses %s', async (_what, init, status, message) => {
    const { app } = await appWith();
    const res = await app.request('/api/code', init);
    expect(res.status).toBe(status);
    expect((await res.json()).message).toMatch(message);
  });

  it('refuses a body over the limit with 413, before coding it', async () => {
    let built = 0;
    const { app } = await appWith({ limits: { codeBytes: 1000 }, coder: async () => (built++, coder) });
    const res = await app.request('/api/code', json({ text: 'x'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/1000-byte limit/);
    expect(built).toBe(0);
  });

  it('builds a lazily given coder once, however many requests come first', async () => {
    let built = 0;
    const { app } = await appWith({ coder: async () => (built++, coder) });
    const texts = ['Russia accused Ukraine.', 'China praised Pakistan.', 'Japan gave aid to the Philippines.'];
    const all = await Promise.all(texts.map((text) => app.request('/api/code', json({ text }))));
    expect(all.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(built).toBe(1);
  });
});

describe('POST /api/ingest', () => {
  const article = { title: 'Chad and Sudan sign a border accord', published: '2024-03-04', url: 'https://news.example/chad-sudan', text: 'Chad and Sudan sign a border accord\n\nChad signed a border agreement with Sudan on Monday in Khartoum.' };
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  it('is refused (403) when the server has no token, whatever the request carries', async () => {
    const { app, store } = await appWith();
    for (const headers of [{}, bearer(TOKEN)]) {
      const res = await app.request('/api/ingest', json({ articles: [article] }, headers));
      expect(res.status).toBe(403);
      expect((await res.json()).message).toMatch(/--token/);
    }
    expect((await store.stats()).articles).toBe(0);
  });

  it('needs the token (401 without it or with a wrong one)', async () => {
    const { app, store } = await appWith({ token: TOKEN });
    for (const headers of [{}, bearer('wrong-token-guess'), { authorization: TOKEN }, bearer(`${TOKEN}x`)]) {
      const res = await app.request('/api/ingest', json({ articles: [article] }, headers));
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await store.stats()).articles).toBe(0);
  });

  it('codes and stores posted articles with the token; posting again finds the duplicate', async () => {
    const { app, store } = await appWith({ token: TOKEN });
    const stats = async () => (await (await app.request('/api/stats')).json()).articles as number;
    expect(await stats()).toBe(0);
    const res = await app.request('/api/ingest', json({ articles: [article] }, bearer(TOKEN)));
    expect(res.status).toBe(200);
    expect(await stats()).toBe(1); // the remembered stats were dropped by the write
    const body = await res.json();
    expect(body.summary).toMatchObject({ items: 1, stored: 1, failed: 0 });
    expect(body.results[0]).toMatchObject({ ref: 'articles[0]', status: 'stored' });
    const events = (await (await app.request('/api/events?actor=TCD')).json()) as EventPage;
    expect(events.events.length).toBeGreaterThan(0);
    expect(events.events[0]!.evidence.articleUrl).toBe(article.url);
    const again = await (await app.request('/api/ingest', json({ articles: [article] }, bearer(TOKEN)))).json();
    expect(again.results[0].status).toBe('duplicate');
    expect((await store.stats()).articles).toBe(1);
  });

  it('fetches posted URLs with the fetcher and reports failures per item', async () => {
    const pages: Record<string, FetchResult> = {
      'https://news.example/a': { ok: true, url: 'https://news.example/a', status: 200, contentType: 'text/html', charset: 'utf-8', headers: {}, notModified: false, fetchedAt: '2024-03-05T10:00:00Z', bytes: new TextEncoder().encode('<html><head><title>Talks</title><meta property="article:published_time" content="2024-03-05"></head><body><article><h1>Talks</h1><p>Egypt hosted talks with Qatar on Tuesday in Cairo about a ceasefire.</p></article></body></html>') },
      'https://news.example/gone': { ok: false, url: 'https://news.example/gone', code: 'http-status', status: 404, reason: 'HTTP 404 Not Found' },
    };
    const fetcher: Fetcher = { fetch: async (url) => pages[url]! };
    const { app } = await appWith({ token: TOKEN, fetcher });
    const res = await app.request('/api/ingest', json({ urls: Object.keys(pages) }, bearer(TOKEN)));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.results.map((r: { status: string }) => r.status)).toEqual(['stored', 'failed']);
    expect(body.results[1]).toMatchObject({ code: 'http-status', reason: 'HTTP 404 Not Found' });
  });

  it.each([
    ['nothing', {}, /nothing to ingest/],
    ['a javascript: URL', { urls: ['javascript:alert(1)'] }, /http\(s\)/],
    ['an unknown field', { articles: [{ text: 'x', evil: 1 }] }, /evil/],
    ['too many items', { urls: Array.from({ length: 101 }, (_, i) => `https://news.example/${i}`) }, /at most 100/],
  ])('answers 400 for %s', async (_what, body, message) => {
    const { app } = await appWith({ token: TOKEN });
    const res = await app.request('/api/ingest', json(body, bearer(TOKEN)));
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(message);
  });

  it('refuses a body over the limit with 413', async () => {
    const { app } = await appWith({ token: TOKEN, limits: { ingestBytes: 5000 } });
    const res = await app.request('/api/ingest', json({ articles: [{ text: 'y'.repeat(6000) }] }, bearer(TOKEN)));
    expect(res.status).toBe(413);
  });
});
