// The read routes over a store built from the bundled examples: every filter checked against the
// events it returns, paging checked to return each event once, bad parameters answered with 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/index.js';
import type { EventPage, EventRecord, EventStore, Network, PlaceCount, SeriesPoint, StoredArticle } from '../../src/stores/index.js';
import type { Highlight } from '../../src/server/index.js';
import { exampleStore, HOSTILE } from './example-store.js';

let store: EventStore;
let app: Hono;
let ids: Map<string, number>;

beforeAll(async () => {
  const built = await exampleStore({ extra: [HOSTILE] });
  store = built.store;
  ids = built.ids;
  app = createApp({ store, coder: built.coder, webDir: '/nonexistent' });
});
afterAll(() => store?.close());

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await app.request(path);
  const body = await res.json();
  expect(res.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return body as T;
}

async function allEvents(query = ''): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: EventPage = await get(`/api/events?limit=7${query}${cursor ? `&cursor=${cursor}` : ''}`);
    out.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const party = (e: EventRecord, side: 'source' | 'target') => e[side]?.party ?? '';

describe('GET /api/stats', () => {
  it('reports what the store holds, and whether ingest is enabled', async () => {
    const s = await get<{ articles: number; events: number; ingest: boolean; store: string }>('/api/stats');
    expect(s).toMatchObject({ ...(await store.stats()), store: 'sqlite', ingest: false });
    expect(s.articles).toBe(14);
  });
});

describe('GET /api/events', () => {
  it('pages through every event exactly once with the cursor, newest first', async () => {
    const events = await allEvents();
    expect(events.length).toBe((await store.stats()).events);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const days = events.map((e) => e.day ?? '');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('filters by actor on either side', async () => {
    const events = await allEvents('&actor=RUS');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect([party(e, 'source'), party(e, 'target')]).toContain('RUS');
  });

  it('filters by dyad, undirected with a colon and directed with >', async () => {
    const both = await allEvents('&dyad=RUS:PRK');
    expect(both.length).toBeGreaterThan(0);
    for (const e of both) expect([party(e, 'source'), party(e, 'target')].sort()).toEqual(['PRK', 'RUS']);
    const directed = await allEvents(`&dyad=${encodeURIComponent('RUS>PRK')}`);
    for (const e of directed) expect([party(e, 'source'), party(e, 'target')]).toEqual(['RUS', 'PRK']);
    const reverse = await allEvents(`&dyad=${encodeURIComponent('PRK>RUS')}`);
    expect(directed.length + reverse.length).toBe(both.length);
  });

  it('filters by CAMEO root, QuadClass, PLOVER type and dates', async () => {
    const all = await allEvents();
    const root = all[0]!.cameo.root;
    const byRoot = await allEvents(`&cameo=${root}`);
    expect(byRoot.length).toBe(all.filter((e) => e.cameo.root === root).length);
    const conflict = await allEvents('&quadClass=3,4');
    expect(conflict.length).toBe(all.filter((e) => e.cameo.quadClass >= 3).length);
    expect(conflict.length).toBeGreaterThan(0);
    const plover = all.find((e) => e.plover.type)!.plover.type!;
    expect((await allEvents(`&plover=${plover}`)).every((e) => e.plover.type === plover)).toBe(true);
    const june = await allEvents('&from=2024-06-01&to=2024-06-30');
    expect(june.length).toBe(all.filter((e) => e.day && e.day >= '2024-06-01' && e.day <= '2024-06-30').length);
    expect(june.length).toBeGreaterThan(0);
  });

  it('filters by place and place country', async () => {
    const all = await allEvents();
    const located = all.find((e) => e.location?.country)!;
    const byCountry = await allEvents(`&placeCountry=${located.location!.country}`);
    expect(byCountry.length).toBe(all.filter((e) => e.location?.country === located.location!.country).length);
    const byName = await allEvents(`&place=${encodeURIComponent(located.location!.name.toLowerCase())}`);
    expect(byName.length).toBe(all.filter((e) => e.location?.name === located.location!.name).length);
  });

  it('searches the evidence sentences with q', async () => {
    const hits = await allEvents('&q=Pyongyang');
    expect(hits.length).toBeGreaterThan(0);
    for (const e of hits) expect(e.evidence.text.toLowerCase()).toContain('pyongyang');
    expect(await allEvents('&q=zzzunlikelywordzzz')).toEqual([]);
  });

  it('sorts by salience and includes every mention when asked', async () => {
    const page = await get<EventPage>('/api/events?sort=salience&limit=1000&mentions=1');
    const n = page.events.map((e) => e.numMentions);
    expect(n).toEqual([...n].sort((a, b) => b - a));
    for (const e of page.events) expect(e.mentions?.length).toBe(e.numMentions);
  });

  it.each([
    ['actr=RUS', /unknown parameter 'actr'/],
    ['limit=0', /limit/],
    ['limit=ten', /limit/],
    ['quadClass=5', /quadClass/],
    ['dyad=RUS', /dyad/],
    ['actor=R!', /actor/],
    ['from=2024-13-01', /from/],
    ['from=2024-06-02&to=2024-06-01', /after/],
    ['cameo=abc', /cameo/],
    ['sort=random', /sort/],
    ['cursor=not-a-cursor', /cursor/],
    ['placeCountry=UK', /placeCountry/],
  ])('answers 400 naming what is wrong: %s', async (query, message) => {
    const body = await get<{ status: number; message: string }>(`/api/events?${query}`, 400);
    expect(body.status).toBe(400);
    expect(body.message).toMatch(message);
  });
});

describe('GET /api/dyads/:a/:b/series', () => {
  it('counts the dyad events of each period, both directions, normalised by article volume', async () => {
    const { points, a, b, interval } = await get<{ a: string; b: string; interval: string; points: SeriesPoint[] }>('/api/dyads/rus/prk/series?interval=week');
    expect({ a, b, interval }).toEqual({ a: 'RUS', b: 'PRK', interval: 'week' });
    const dated = (await allEvents('&dyad=RUS:PRK')).filter((e) => e.day);
    expect(points.filter((p) => p.total.events > 0).length).toBeGreaterThanOrEqual(1);
    expect(points.reduce((n, p) => n + p.total.events, 0)).toBe(dated.length);
    for (const p of points) {
      expect(p.total.events).toBe(p.aToB.events + p.bToA.events);
      expect(new Date(`${p.period}T00:00:00Z`).getUTCDay()).toBe(1); // weeks start on Monday
      if (p.volume) expect(p.total.articleShare).toBeCloseTo(p.total.articles / p.volume, 5);
    }
  });

  it('defaults to weeks and takes day and month', async () => {
    expect((await get<{ interval: string }>('/api/dyads/RUS/PRK/series')).interval).toBe('week');
    const months = await get<{ points: SeriesPoint[] }>('/api/dyads/RUS/PRK/series?interval=month');
    for (const p of months.points) expect(p.period.endsWith('-01')).toBe(true);
  });

  it.each([
    ['/api/dyads/RUS/PRK/series?interval=year', /interval/],
    ['/api/dyads/R/PRK/series', /actor code/],
    ['/api/dyads/RUS/PRK/series?from=yesterday', /from/],
    ['/api/dyads/RUS/PRK/series?colour=red', /unknown parameter/],
  ])('answers 400 for %s', async (path, message) => {
    expect((await get<{ message: string }>(path, 400)).message).toMatch(message);
  });
});

describe('GET /api/network', () => {
  it('gives actors and signed, weighted directed edges', async () => {
    const net = await get<Network>('/api/network');
    expect(net.edges.length).toBeGreaterThan(0);
    const nodes = new Set(net.nodes.map((n) => n.id));
    for (const e of net.edges) {
      expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);
      expect(e.source).not.toBe(e.target);
      expect(e.sign).toBe(Math.sign(e.goldsteinMean));
      expect(e.quadClass.reduce((x, y) => x + y, 0)).toBe(e.events);
    }
    const busy = await get<Network>('/api/network?minEvents=2');
    expect(busy.edges.every((e) => e.events >= 2)).toBe(true);
    expect(busy.edges.length).toBeLessThan(net.edges.length);
  });

  it('answers 400 for bad parameters', async () => {
    expect((await get<{ message: string }>('/api/network?minEvents=0', 400)).message).toMatch(/minEvents/);
    expect((await get<{ message: string }>('/api/network?to=2024-02-30x', 400)).message).toMatch(/to/);
  });
});

describe('GET /api/places', () => {
  it('counts located events per place, most first, and follows the filters', async () => {
    const { places } = await get<{ places: PlaceCount[] }>('/api/places');
    expect(places.length).toBeGreaterThan(0);
    const located = (await allEvents()).filter((e) => e.location);
    expect(places.reduce((n, p) => n + p.events, 0)).toBe(located.length);
    const counts = places.map((p) => p.events);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const rus = await get<{ places: PlaceCount[] }>('/api/places?actor=RUS');
    const rusLocated = (await allEvents('&actor=RUS')).filter((e) => e.location);
    expect(rus.places.reduce((n, p) => n + p.events, 0)).toBe(rusLocated.length);
  });

  it('answers 400 for bad parameters', async () => {
    expect((await get<{ message: string }>('/api/places?limit=100000', 400)).message).toMatch(/limit/);
    expect((await get<{ message: string }>('/api/places?q=x', 400)).message).toMatch(/unknown parameter 'q'/);
  });
});

describe('GET /api/articles/:id', () => {
  it('returns the article with its events and highlight offsets that point at the right words', async () => {
    const id = ids.get('13-putin-visits-pyongyang')!;
    const a = await get<StoredArticle & { highlights: Highlight[] }>(`/api/articles/${id}`);
    expect(a.title).toBe('Putin and Kim Sign Mutual Defence Pact in Pyongyang');
    expect(a.events.length).toBeGreaterThan(0);
    const triggers = a.highlights.filter((h) => h.kind === 'trigger');
    expect(triggers.length).toBeGreaterThan(0);
    for (const e of a.events) {
      for (const m of e.mentions.filter((x) => x.articleId === a.id)) {
        expect(a.text.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
        expect(a.text.slice(m.start, m.end)).toBe(m.text);
        expect(triggers.some((h) => h.event === e.id && h.start === m.trigger.start && h.end === m.trigger.end)).toBe(true);
      }
    }
    for (const kind of ['actor', 'place', 'date'] as const) expect(a.highlights.some((h) => h.kind === kind)).toBe(true);
    for (const h of a.highlights) expect(h.end).toBeLessThanOrEqual(a.text.length);
    const places = a.highlights.filter((h) => h.kind === 'place');
    for (const p of a.places) expect(places.some((h) => a.text.slice(h.start, h.end) === p.text)).toBe(true);
  });

  it('returns untrusted text as it was written, as JSON data', async () => {
    const a = await get<StoredArticle>(`/api/articles/${ids.get('hostile')}`);
    expect(a.title).toBe(HOSTILE.title);
    expect(a.text).toContain('<script>window.__pwned = 1</script>');
  });

  it('answers 404 for a missing article and 400 for a bad id', async () => {
    expect((await get<{ message: string }>('/api/articles/99999', 404)).message).toMatch(/no article 99999/);
    expect((await get<{ message: string }>('/api/articles/abc', 400)).message).toMatch(/positive whole number/);
    await get('/api/articles/0', 400);
  });
});
