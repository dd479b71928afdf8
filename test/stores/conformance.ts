// The one conformance suite every EventStore implementation must pass (hono/unstorage style): a
// store's test file calls runStoreConformance with a factory for an empty store. A skip must give a
// reason. Expected numbers are worked out by hand from fixtures.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/dedup/index.js';
import { iterateEvents, parseDyad, StoreError, type EventRecord, type EventStore } from '../../src/stores/index.js';
import { ACCUSATION, ALL, BATTLE, build, QUIET, SUMMIT, SUMMIT_COPY, SUMMIT_OWN, THREAT, type ArticleSpec } from './fixtures.js';

export interface ConformanceOptions {
  name: string;
  /** A new, empty store. */
  open: () => Promise<EventStore>;
  /** Closes `store` and opens the same database again, to prove state survives (LSH bands, counts). */
  reopen?: (store: EventStore) => Promise<EventStore>;
  /** Capabilities this store lacks, each with the reason it is skipped. */
  skip?: { reopen?: string };
}

export function runStoreConformance(opts: ConformanceOptions): void {
  describe(`EventStore conformance: ${opts.name}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await opts.open();
    });
    afterEach(async () => {
      await store.close();
    });
    const putAll = async (specs: ArticleSpec[] = ALL) => {
      const out = [];
      for (const s of specs) out.push(await store.putArticle(build(s)));
      return out;
    };
    const allEvents = async (): Promise<EventRecord[]> => {
      const out: EventRecord[] = [];
      for await (const e of iterateEvents(store, { withMentions: true }, 3)) out.push(e);
      return out;
    };
    const find = (events: EventRecord[], cameo: string, source: string) => events.find((e) => e.cameo.code === cameo && e.source?.code === source);

    describe('putArticle', () => {
      it('stores an article with its events and reports what it added', async () => {
        const r = await store.putArticle(build(SUMMIT));
        expect(r).toMatchObject({ status: 'stored', events: 3, mentions: 3 });
        const s = await store.stats();
        expect(s).toMatchObject({ articles: 1, copies: 0, outlets: 1, events: 3, mentions: 3, firstDay: '2024-06-19', lastDay: '2024-06-19' });
        expect(s.schemaVersion).toBeGreaterThanOrEqual(1);
      });

      it('is idempotent: the same content, or the same canonical URL, is a duplicate and adds nothing', async () => {
        const first = await store.putArticle(build(SUMMIT));
        const before = await store.stats();
        expect(await store.putArticle(build(SUMMIT))).toEqual({ status: 'duplicate', id: first.id, reason: 'url' });
        const sameText = build({ ...SUMMIT, url: null });
        expect(await store.putArticle(sameText)).toEqual({ status: 'duplicate', id: first.id, reason: 'content' });
        const sameUrl = build({ ...BATTLE, url: 'http://alpha.example/world/2024/06/19/summit/#top' });
        expect(await store.putArticle(sameUrl)).toEqual({ status: 'duplicate', id: first.id, reason: 'url' });
        expect(await store.stats()).toEqual(before);
      });

      it('finds stored articles by URL, text or content hash before coding', async () => {
        const a = build(SUMMIT);
        const r = await store.putArticle(a);
        expect(await store.findArticle({ url: 'https://alpha.example/world/2024/06/19/summit' })).toMatchObject({ id: r.id, title: SUMMIT.sentences[0] });
        expect((await store.findArticle({ text: a.text }))?.id).toBe(r.id);
        expect((await store.findArticle({ contentHash: contentHash(a.text) }))?.id).toBe(r.id);
        expect(await store.findArticle({ url: 'https://alpha.example/other', text: 'something else' })).toBeNull();
      });

      it('stores a syndicated rewrite as a copy of its original', async () => {
        const original = await store.putArticle(build(SUMMIT));
        const copy = await store.putArticle(build(SUMMIT_COPY));
        expect(copy.status).toBe('copy');
        if (copy.status !== 'copy') return;
        expect(copy.copyOf).toBe(original.id);
        expect(copy.similarity).toBeGreaterThanOrEqual(0.4);
        const own = await store.putArticle(build(SUMMIT_OWN));
        expect(own.status).toBe('stored');
        expect((await store.stats()).copies).toBe(1);
        const a = await store.article(copy.id);
        expect(a?.copyOf).toMatchObject({ id: original.id });
        expect((await store.article(original.id))?.copies.map((c) => c.id)).toEqual([copy.id]);
      });

      it('counts mentions, articles and independent sources like GDELT, a copy adding no source', async () => {
        await putAll();
        const events = await allEvents();
        expect(events).toHaveLength(9);
        const sign = events.find((e) => e.cameo.code === '057' && e.source?.code === 'RUSGOV')!;
        expect(sign).toMatchObject({ numMentions: 3, numArticles: 3, numSources: 2, date: '2024-06-19', isRoot: true, firstSeen: '2024-06-19', lastSeen: '2024-06-20' });
        expect(sign.mentions?.map((m) => m.inCopy)).toEqual([false, true, false]);
        expect(find(events, '057', 'PRKGOV')).toMatchObject({ numMentions: 2, numArticles: 2, numSources: 1 });
        expect(find(events, '042', 'RUSGOV')).toMatchObject({ numMentions: 2, numArticles: 2, numSources: 1, location: null });
        const attack = events.find((e) => e.cameo.code === '190' && e.source?.code === 'RUSMIL')!;
        expect(attack).toMatchObject({ numMentions: 2, numArticles: 1, numSources: 1, avgTone: -6 });
        expect(find(events, '112', 'USAGOV')).toMatchObject({ numMentions: 1, numSources: 1, sourceUrl: null });
        expect(find(events, '036', 'IGOUNOSEC')).toMatchObject({ date: '2024-05', day: '2024-05-01', target: null });
        const s = await store.stats();
        expect(s).toMatchObject({ articles: 7, copies: 1, outlets: 3, events: 9, mentions: 14, firstDay: '2024-05-01', lastDay: '2024-07-04', firstPublished: '2024-05-02', lastPublished: '2024-07-03' });
        expect(s.topDyads[0]).toEqual({ a: 'PRK', b: 'RUS', events: 5, mentions: 9 });
      });

      it('accepts concurrent writers without losing or doubling anything', async () => {
        const results = await Promise.all([...ALL, ...ALL].map((s) => store.putArticle(build(s))));
        expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(ALL.length);
        expect((await store.stats()).events).toBe(9);
      });
    });

    describe('events', () => {
      beforeEach(async () => {
        await putAll();
      });
      const codes = (events: EventRecord[]) => events.map((e) => `${e.source?.code ?? '-'}>${e.target?.code ?? '-'}:${e.cameo.code}`).sort();

      it('filters by dyad, either direction or directed', async () => {
        const both = await store.events({ dyad: parseDyad('RUS:PRK') });
        expect(codes(both.events)).toEqual(['PRKGOV>RUSGOV:057', 'PRKMIL>RUSMIL:138', 'RUSGOV>PRK:042', 'RUSGOV>PRKGOV:057', 'RUSGOV>PRKGOV:070']);
        const directed = await store.events({ dyad: parseDyad('PRK>RUS') });
        expect(codes(directed.events)).toEqual(['PRKGOV>RUSGOV:057', 'PRKMIL>RUSMIL:138']);
        expect(codes((await store.events({ dyad: { a: 'RUSMIL', b: 'PRK' } })).events)).toEqual(['PRKMIL>RUSMIL:138']);
      });

      it('filters by actor code or country on either side, non-state prefixes included', async () => {
        expect(codes((await store.events({ actor: 'UKR' })).events)).toEqual(['RUSMIL>UKRMIL:190', 'UKRMIL>RUSMIL:190']);
        expect(codes((await store.events({ actor: 'PRKMIL' })).events)).toEqual(['PRKMIL>RUSMIL:138']);
        expect(codes((await store.events({ actor: 'IGO' })).events)).toEqual(['IGOUNOSEC>-:036']);
        expect(codes((await store.events({ actor: 'igouno' })).events)).toEqual(['IGOUNOSEC>-:036']);
      });

      it('filters by CAMEO code or root, QuadClass and PLOVER type', async () => {
        expect((await store.events({ cameo: '19' })).events).toHaveLength(2);
        expect((await store.events({ cameo: '057' })).events).toHaveLength(2);
        expect((await store.events({ cameo: '05' })).events).toHaveLength(2);
        expect(codes((await store.events({ quadClass: [3] })).events)).toEqual(['PRKMIL>RUSMIL:138', 'USAGOV>PRK:112']);
        expect((await store.events({ quadClass: [1, 2] })).events).toHaveLength(5);
        expect(codes((await store.events({ plover: 'aid' })).events)).toEqual(['RUSGOV>PRKGOV:070']);
      });

      it('filters by date range, place name, GeoNames id and place country', async () => {
        const june = await store.events({ from: '2024-06-01', to: '2024-06-30' });
        expect(june.events.every((e) => e.day! >= '2024-06-01' && e.day! <= '2024-06-30')).toBe(true);
        expect(june.events).toHaveLength(5);
        expect((await store.events({ to: '2024-05-31' })).events).toHaveLength(2);
        expect(codes((await store.events({ place: 'pyongyang' })).events)).toEqual(['PRKGOV>RUSGOV:057', 'RUSGOV>PRKGOV:057']);
        expect(codes((await store.events({ place: '706483' })).events)).toEqual(['RUSMIL>UKRMIL:190']);
        expect((await store.events({ placeCountry: 'KOR' })).events[0]?.location).toMatchObject({ name: 'Seoul', country: 'KOR', geonameId: 1835848 });
      });

      it('searches the evidence sentences, or the whole articles, by full text', async () => {
        expect(codes((await store.events({ q: 'drones artillery' })).events)).toEqual(['RUSMIL>UKRMIL:190']);
        expect((await store.events({ q: 'drones', qIn: 'evidence' })).events[0]?.numMentions).toBe(2);
        expect(codes((await store.events({ q: 'tokyo' })).events)).toEqual([]);
        expect(codes((await store.events({ q: 'tokyo', qIn: 'article' })).events)).toEqual(['RUSGOV>PRKGOV:057']);
        expect((await store.events({ q: 'treat*' })).events.length).toBeGreaterThanOrEqual(2);
        expect((await store.events({ q: '"; DROP TABLE events; --' })).events).toEqual([]);
        expect((await store.stats()).events).toBe(9);
      });

      it('sorts by date or salience and pages with a cursor without gaps or repeats', async () => {
        const byDate: EventRecord[] = [];
        let cursor: string | undefined;
        do {
          const page = await store.events({ limit: 2, ...(cursor ? { cursor } : {}) });
          expect(page.events.length).toBeLessThanOrEqual(2);
          byDate.push(...page.events);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        expect(byDate).toHaveLength(9);
        expect(new Set(byDate.map((e) => e.id)).size).toBe(9);
        const days = byDate.map((e) => e.day ?? '');
        expect(days).toEqual([...days].sort().reverse());
        const asc = await store.events({ order: 'asc', limit: 9 });
        expect(asc.events.map((e) => e.id)).toEqual(byDate.map((e) => e.id).reverse());
        const salient = await store.events({ sort: 'salience', limit: 3 });
        expect(salient.events.map((e) => e.numMentions)).toEqual([3, 2, 2]);
        const rest = await store.events({ sort: 'salience', limit: 20, cursor: salient.nextCursor! });
        expect(rest.events).toHaveLength(6);
        expect(rest.nextCursor).toBeNull();
        expect(Math.max(...rest.events.map((e) => e.numMentions))).toBeLessThanOrEqual(2);
      });

      it('pages an either-side filter (actor, undirected dyad) in order, each event once, also when both sides match', async () => {
        // Stores may read each side separately (SQLite does); the merged pages must not show the seams.
        const domestic = { id: 'domestic', url: 'http://gamma.example/world/kremlin-army', published: '2024-06-21', sentences: ['Kremlin orders the army back', 'The Kremlin ordered the army to stand down.'], events: [{ sentence: 1, trigger: 'ordered', source: ['RUSGOV', 'The Kremlin'], target: ['RUSMIL', 'the army'], cameo: '173' }] } satisfies ArticleSpec;
        await store.putArticle(build(domestic));
        const everything = await allEvents();
        const sides = (e: EventRecord) => [e.source?.party.slice(0, 3), e.target?.party.slice(0, 3)];
        const cases: [Parameters<EventStore['events']>[0], (e: EventRecord) => boolean][] = [
          [{ actor: 'RUS' }, (e) => sides(e).includes('RUS')],
          [{ dyad: parseDyad('RUS:UKR') }, (e) => [...sides(e)].sort().join() === 'RUS,UKR'],
          [{ dyad: parseDyad('RUS:RUS') }, (e) => sides(e).join() === 'RUS,RUS'],
        ];
        for (const [query, matches] of cases) {
          for (const sort of ['date', 'salience'] as const) {
            const key = (e: EventRecord) => (sort === 'date' ? (e.day ?? '') : String(e.numMentions).padStart(6, '0'));
            const want = everything.filter(matches).sort((x, y) => (key(x) === key(y) ? y.id - x.id : key(x) < key(y) ? 1 : -1)).map((e) => e.id);
            const got: number[] = [];
            let cursor: string | undefined;
            do {
              const page = await store.events({ ...query, sort, limit: 2, ...(cursor ? { cursor } : {}) });
              got.push(...page.events.map((e) => e.id));
              cursor = page.nextCursor ?? undefined;
            } while (cursor);
            expect(want.length, JSON.stringify(query)).toBeGreaterThan(0);
            expect(got, `${JSON.stringify(query)} by ${sort}`).toEqual(want);
          }
        }
      });

      it('returns each event with the sentence that says so, offsets pointing into the article text', async () => {
        const [e] = (await store.events({ cameo: '138', withMentions: true })).events;
        expect(e?.evidence.text).toBe(THREAT.sentences[1]);
        expect(e?.evidence).toMatchObject({ sentenceIndex: 1, trigger: { text: 'threatened' }, articleUrl: THREAT.url, confidence: 0.8, ruleIds: ['fixture.138'] });
        expect(e?.mentions).toHaveLength(1);
        const a = await store.article(e!.evidence.articleId);
        expect(a!.text.slice(e!.evidence.trigger.start, e!.evidence.trigger.end)).toBe('threatened');
        expect(a!.text.slice(e!.evidence.source!.start, e!.evidence.source!.end)).toBe('North Korean officials');
      });

      it('rejects bad parameters with a StoreError naming them', async () => {
        const bad = [{ from: '2024-13-45' }, { from: '2024-07-01', to: '2024-06-01' }, { cameo: '1a' }, { limit: 0 }, { limit: 5000 }, { actor: 'R' }, { quadClass: [5] }, { cursor: 'nonsense' }, { sort: 'loudness' }];
        for (const q of bad) {
          const err = await store.events(q as never).catch((e: unknown) => e);
          expect(err, JSON.stringify(q)).toBeInstanceOf(StoreError);
          expect((err as StoreError).code).toBe('bad-query');
        }
        expect(() => parseDyad('RUS-PRK')).toThrow(StoreError);
      });
    });

    describe('aggregates', () => {
      beforeEach(async () => {
        await putAll();
      });

      it('builds a weekly dyad series with both directions, zero-filled gaps and volume normalisation', async () => {
        const s = await store.dyadSeries({ a: 'RUS', b: 'PRK', interval: 'week' });
        expect(s.map((p) => p.period)).toEqual(['2024-06-17', '2024-06-24', '2024-07-01']);
        const [w1, w2, w3] = s;
        expect(w1?.volume).toBe(3);
        expect(w1?.aToB).toMatchObject({ events: 2, mentions: 5, articles: 5, quadClass: [2, 0, 0, 0], goldsteinSum: 9.9, goldsteinMean: 4.95, articleShare: 1.666667 });
        expect(w1?.bToA).toMatchObject({ events: 1, mentions: 2, articles: 2, quadClass: [1, 0, 0, 0], goldsteinMean: 8 });
        expect(w1?.total).toMatchObject({ events: 3, articles: 7, quadClass: [3, 0, 0, 0] });
        expect(w2).toMatchObject({ volume: 0, total: { events: 0, goldsteinMean: 0, articleShare: 0 } });
        expect(w3?.volume).toBe(2);
        expect(w3?.aToB).toMatchObject({ events: 1, quadClass: [0, 1, 0, 0], goldsteinMean: 7, articleShare: 0.5 });
        expect(w3?.bToA).toMatchObject({ events: 1, quadClass: [0, 0, 1, 0], goldsteinMean: -7 });
      });

      it('normalises by the volume as it is now, after more articles are stored', async () => {
        // Stores may keep per-period volumes between calls (SQLite does); a write must refresh them.
        const before = await store.dyadSeries({ a: 'RUS', b: 'PRK', interval: 'week' });
        expect(before.find((p) => p.period === '2024-07-01')?.volume).toBe(2);
        await store.putArticle(build({ id: 'later', url: 'http://delta.example/markets/calm', published: '2024-07-02', sentences: ['Markets stay calm', 'Shares rose slightly on Tuesday in quiet trading.'], events: [] }));
        const after = await store.dyadSeries({ a: 'RUS', b: 'PRK', interval: 'week' });
        expect(after.find((p) => p.period === '2024-07-01')).toMatchObject({ volume: 3, aToB: { articleShare: 0.333333 } });
      });

      it('builds daily and monthly series and honours the range', async () => {
        const months = await store.dyadSeries({ a: 'PRK', b: 'RUS', interval: 'month', from: '2024-05-01', to: '2024-07-31' });
        expect(months.map((p) => [p.period, p.total.events, p.aToB.events, p.volume])).toEqual([
          ['2024-05-01', 0, 0, 1],
          ['2024-06-01', 3, 1, 4],
          ['2024-07-01', 2, 1, 2],
        ]);
        const days = await store.dyadSeries({ a: 'RUS', b: 'PRK', interval: 'day', from: '2024-07-03', to: '2024-07-04' });
        expect(days.map((p) => [p.period, p.aToB.events, p.bToA.events])).toEqual([['2024-07-03', 0, 1], ['2024-07-04', 1, 0]]);
        expect(await store.dyadSeries({ a: 'FRA', b: 'DEU', interval: 'week' })).toEqual([]);
        await expect(store.dyadSeries({ a: 'RUS', b: 'PRK', interval: 'year' as never })).rejects.toBeInstanceOf(StoreError);
      });

      it('builds a signed, weighted actor network', async () => {
        const net = await store.network();
        const edge = (s: string, t: string) => net.edges.find((e) => e.source === s && e.target === t);
        expect(edge('RUS', 'PRK')).toMatchObject({ events: 3, sign: 1, quadClass: [2, 1, 0, 0] });
        expect(edge('PRK', 'RUS')).toMatchObject({ events: 2, goldsteinMean: 0.5, sign: 1 });
        expect(edge('RUS', 'UKR')).toMatchObject({ events: 1, goldsteinMean: -10, sign: -1 });
        expect(edge('USA', 'PRK')).toMatchObject({ events: 1, sign: -1 });
        expect(net.edges).toHaveLength(5);
        expect(net.nodes.slice(0, 2)).toEqual([{ id: 'RUS', events: 7 }, { id: 'PRK', events: 6 }]);
        const strong = await store.network({ minEvents: 2 });
        expect(strong.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['RUS>PRK', 'PRK>RUS']);
        expect((await store.network({ from: '2024-07-01' })).edges).toHaveLength(2);
        expect((await store.network({ quadClass: [4] })).nodes.map((n) => n.id).sort()).toEqual(['RUS', 'UKR']);
      });

      it('counts events per place for the map', async () => {
        const p = await store.places();
        expect(p.map((x) => [x.name, x.events, x.mentions])).toEqual([['Pyongyang', 2, 5], ['Kharkiv', 1, 2], ['Seoul', 1, 1]]);
        expect(p[0]).toMatchObject({ country: 'PRK', geonameId: 1871859, quadClass: [2, 0, 0, 0], goldsteinMean: 8 });
        expect((await store.places({ from: '2024-07-01' })).map((x) => x.name)).toEqual(['Seoul']);
        expect((await store.places({ actor: 'UKR' })).map((x) => x.name)).toEqual(['Kharkiv']);
      });

      it('returns an article with its entities, places, quotes, counts and events with offsets', async () => {
        const id = (await store.events({ cameo: '19', sort: 'id', order: 'asc', limit: 1 })).events[0]!.evidence.articleId;
        const a = (await store.article(id))!;
        expect(a).toMatchObject({ title: BATTLE.sentences[0], published: '2024-06-10', publishedBasis: 'stated', codedId: 'battle-alpha', outlet: { key: 'alpha.example', name: 'Alpha News' }, copyOf: null, copies: [] });
        expect(a.tone.score).toBe(-6);
        expect(a.entities[0]).toMatchObject({ id: 'E1', code: 'RUSMIL' });
        expect(a.places.map((p) => p.name)).toEqual(['Kharkiv', 'Kharkiv']);
        expect(a.quotes[0]?.speaker?.name).toBe('A spokesman');
        expect(a.counts[0]).toMatchObject({ number: 3, about: 'things' });
        expect(a.sentences).toHaveLength(4);
        expect(a.events.map((e) => e.mentions.length)).toEqual([2, 1]);
        for (const e of a.events) for (const m of e.mentions) {
          expect(m.articleId).toBe(a.id);
          expect(a.text.slice(m.start, m.end)).toBe(m.text);
          expect(a.text.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
        }
        expect(await store.article(999_999)).toBeNull();
      });
    });

    describe('persistence', () => {
      it.skipIf(!opts.reopen)(`keeps articles, counts and LSH bands across reopening${opts.skip?.reopen ? ` (skipped: ${opts.skip.reopen})` : ''}`, async () => {
        await putAll([SUMMIT, BATTLE, ACCUSATION]);
        store = await opts.reopen!(store);
        expect(await store.putArticle(build(SUMMIT))).toMatchObject({ status: 'duplicate' });
        expect(await store.putArticle(build(SUMMIT_COPY))).toMatchObject({ status: 'copy' });
        await putAll([SUMMIT_OWN, THREAT, QUIET]);
        expect(await store.stats()).toMatchObject({ articles: 7, copies: 1, events: 9, mentions: 14 });
      });
    });
  });
}
