import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError, type EventStore } from '../../src/stores/index.js';
import { openPostgresStore } from '../../src/stores/postgres/index.js';
import { postgresUnavailable, startThrowawayPostgres, type ThrowawayPostgres } from '../postgres/throwaway.js';
import { runStoreConformance } from './conformance.js';
import { ALL, BATTLE, build, SUMMIT, SUMMIT_COPY, type ArticleSpec } from './fixtures.js';

const unavailable = postgresUnavailable();
let server: ThrowawayPostgres;
const urls = new WeakMap<object, string>();

describe.skipIf(unavailable)(`postgres store${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  beforeAll(async () => {
    server = await startThrowawayPostgres();
  });
  afterAll(() => server?.stop());

  const open = async (url?: string): Promise<EventStore> => {
    const u = url ?? (await server.createDatabase());
    const store = await openPostgresStore(u);
    urls.set(store, u);
    return store;
  };

  runStoreConformance({
    name: 'postgres',
    open: () => open(),
    async reopen(store) {
      const url = urls.get(store)!;
      await store.close();
      return open(url);
    },
  });

  describe('postgres specifics', () => {
    it('keeps its summary only until something is added, whichever connection adds it', async () => {
      const url = await server.createDatabase();
      const [reader, writer] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
      expect((await reader.stats()).articles).toBe(0);
      await writer.putArticle(build(SUMMIT));
      expect((await reader.stats()).articles).toBe(1);
      await reader.putArticle(build(BATTLE));
      expect(await reader.stats()).toEqual(await writer.stats());
      expect((await writer.stats()).articles).toBe(2);
      await reader.close();
      await writer.close();
    });

    it('records its schema versions and migrates idempotently, one process at a time', async () => {
      const url = await server.createDatabase();
      const stores = await Promise.all([0, 1, 2].map(() => openPostgresStore(url)));
      expect(await stores[0]!.migrate()).toEqual({ from: 6, to: 6 });
      const rows = (await stores[0]!.pool.query('SELECT version, name FROM schema_migrations ORDER BY version')).rows;
      expect(rows).toEqual([{ version: 1, name: 'initial' }, { version: 2, name: 'jobs' }, { version: 3, name: 'dyad-groups' }, { version: 4, name: 'volume-shards' }, { version: 5, name: 'article-check' }, { version: 6, name: 'groups-from-codes' }]);
      for (const s of stores) await s.close();
    });

    it('refuses a database newer than the code, and a read-only open of an unmigrated one', async () => {
      const url = await server.createDatabase();
      await expect(openPostgresStore(url, { readonly: true })).rejects.toBeInstanceOf(StoreError);
      const store = await openPostgresStore(url);
      await store.pool.query("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')");
      await store.close();
      const err = await openPostgresStore(url).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('schema-too-new');
    });

    it('keeps prefix ranges and sort order in byte order whatever the server locale', async () => {
      const store = await open();
      const r = await store.pool.query<{ collation: string }>("SELECT collation_name AS collation FROM information_schema.columns WHERE table_name = 'events' AND column_name = 'source_party'");
      expect(r.rows[0]?.collation).toBe('C');
      await store.close();
    });

    it('two writers storing two syndicated copies at the same moment still store one original and one copy', async () => {
      // Without the band locks both transactions would look for near-duplicates before either committed.
      for (let round = 0; round < 5; round++) {
        const url = await server.createDatabase();
        const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
        await Promise.all([a.stats(), b.stats()]); // connected, so the two writes start together
        const results = await Promise.all([a.putArticle(build(SUMMIT)), b.putArticle(build(SUMMIT_COPY))]);
        expect(results.map((r) => r.status).sort()).toEqual(['copy', 'stored']);
        const s = await a.stats();
        expect(s).toMatchObject({ articles: 2, copies: 1 });
        const sign = (await a.events({ cameo: '057', dyad: { a: 'RUS', b: 'PRK', directed: true } })).events[0]!;
        expect(sign).toMatchObject({ numMentions: 2, numArticles: 2, numSources: 1 });
        await a.close();
        await b.close();
      }
    });

    it('two articles of one outlet on one event, written at the same moment, count one source', async () => {
      // Each writer checks for an earlier mention from its source only once it holds the event's row lock.
      const followUp: ArticleSpec = {
        id: 'summit-alpha-2',
        url: 'https://alpha.example/world/2024/06/19/summit-analysis',
        siteName: 'Alpha News',
        published: '2024-06-19',
        sentences: [
          'What the Pyongyang treaty means for the region',
          'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang that analysts call the closest alignment in decades.',
          'Diplomats in several capitals are studying its clauses on mutual help.',
        ],
        events: [{ sentence: 1, trigger: 'signed a treaty', source: ['RUSGOV', 'Russian President Vladimir Putin'], target: ['PRKGOV', 'North Korean leader Kim Jong Un'], cameo: '057', place: 'pyongyang' }],
      };
      for (let round = 0; round < 5; round++) {
        const url = await server.createDatabase();
        const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
        // The outlet exists already (a writer creating it would make the other wait), both pools are connected.
        await a.putArticle(build(BATTLE));
        await b.stats();
        const results = await Promise.all([a.putArticle(build(SUMMIT)), b.putArticle(build(followUp))]);
        expect(results.map((r) => r.status)).toEqual(['stored', 'stored']);
        const sign = (await a.events({ cameo: '057', dyad: { a: 'RUS', b: 'PRK', directed: true } })).events[0]!;
        expect(sign).toMatchObject({ numMentions: 2, numArticles: 2, numSources: 1 });
        await a.close();
        await b.close();
      }
    });

    it('many connections writing the fixtures in every order agree with one writer', async () => {
      const url = await server.createDatabase();
      const stores = await Promise.all([0, 1, 2, 3].map(() => openPostgresStore(url)));
      const specs = [...ALL, ...ALL.slice().reverse(), ...ALL];
      await Promise.all(specs.map((s, i) => stores[i % stores.length]!.putArticle(build(s))));
      const s = await stores[0]!.stats();
      expect(s).toMatchObject({ articles: 7, copies: 1, outlets: 3, events: 9, mentions: 14 });
      const sign = (await stores[0]!.events({ cameo: '057', dyad: { a: 'RUS', b: 'PRK', directed: true } })).events[0]!;
      expect(sign).toMatchObject({ numMentions: 3, numArticles: 3, numSources: 2 });
      for (const st of stores) await st.close();
    });

    it('answers on a pool of one connection too (no query holds two)', async () => {
      const url = await server.createDatabase();
      const store = await openPostgresStore(url, { maxConnections: 1 });
      for (const s of ALL) await store.putArticle(build(s));
      expect((await store.stats()).events).toBe(9);
      expect((await store.article(1))?.id).toBe(1);
      await store.close();
    });
  });
});
