import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LATEST_VERSION, openSqliteStore } from '../../src/stores/sqlite/index.js';
import { MIGRATIONS } from '../../src/stores/sqlite/migrations/index.js';
import { StoreError } from '../../src/stores/index.js';
import { runStoreConformance } from './conformance.js';
import { ALL, BATTLE, build, SUMMIT } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const paths = new WeakMap<object, string>();

runStoreConformance({
  name: 'sqlite',
  async open() {
    const path = join(dir, `store-${++n}.db`);
    const store = await openSqliteStore(path);
    paths.set(store, path);
    return store;
  },
  async reopen(store) {
    const path = paths.get(store)!;
    await store.close();
    const again = await openSqliteStore(path);
    paths.set(again, path);
    return again;
  },
});

describe('sqlite specifics', () => {
  it('keeps per-day dyad sums equal to the events they count, through new events and new mentions', async () => {
    const path = join(dir, 'dyad-days.db');
    const store = await openSqliteStore(path);
    for (const spec of ALL) await store.putArticle(build(spec));
    await store.close();
    const db = new Database(path, { readonly: true });
    const direct = db
      .prepare(
        `SELECT source_group, target_group, day, count(*) AS events, sum(num_mentions) AS mentions, sum(num_articles) AS articles,
           sum(goldstein) AS goldstein, sum(quad_class = 1) AS q1, sum(quad_class = 2) AS q2, sum(quad_class = 3) AS q3, sum(quad_class = 4) AS q4
         FROM events WHERE day <> '' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      )
      .all() as Record<string, number>[];
    const kept = db.prepare('SELECT * FROM dyad_days ORDER BY 1, 2, 3').all() as Record<string, number>[];
    db.close();
    expect(direct.length).toBeGreaterThan(2);
    expect(direct.some((r) => r.mentions! > r.events!)).toBe(true);
    expect(kept.map(({ goldstein, ...r }) => r)).toEqual(direct.map(({ goldstein, ...r }) => r));
    kept.forEach((r, i) => expect(r.goldstein).toBeCloseTo(direct[i]!.goldstein!, 9));
  });

  it('keeps its summary only until the database changes, whichever connection writes', async () => {
    const path = join(dir, 'stats-cache.db');
    const reader = await openSqliteStore(path);
    const writer = await openSqliteStore(path);
    expect((await reader.stats()).articles).toBe(0);
    await writer.putArticle(build(SUMMIT));
    expect((await reader.stats()).articles).toBe(1);
    await reader.putArticle(build(BATTLE));
    expect((await reader.stats()).articles).toBe(2);
    expect(await reader.stats()).toEqual(await writer.stats());
    await writer.close();
    await reader.close();
  });

  it('opens in WAL mode with foreign keys and records its schema version', async () => {
    const path = join(dir, 'pragmas.db');
    const store = await openSqliteStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    db.close();
  });

  it('upgrades a version 1 database with data in it', async () => {
    const path = join(dir, 'v1.db');
    const db = new Database(path);
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    db.exec(MIGRATIONS[0]!.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (1, 'initial', '2024-01-01')").run();
    db.prepare(
      `INSERT INTO events (date, day, source_code, source_party, source_roles, target_code, target_party, target_roles, cameo, quad_class, goldstein, location_key, first_mention_id)
       VALUES ('2024-06-19', '2024-06-19', 'IGOUNO', 'IGOUNO', '', 'PRKGOV', 'PRK', 'GOV', '112', 3, -2, '', 1)`,
    ).run();
    db.close();
    const store = await openSqliteStore(path);
    expect((await store.stats()).schemaVersion).toBe(LATEST_VERSION);
    await store.close();
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT source_group, target_group FROM events').get()).toEqual({ source_group: 'IGO', target_group: 'PRK' });
    // Version 5 sums the events already there.
    expect(after.prepare('SELECT source_group, target_group, day, events, q3 FROM dyad_days').all()).toEqual([{ source_group: 'IGO', target_group: 'PRK', day: '2024-06-19', events: 1, q3: 1 }]);
    after.close();
  });

  it('migrates idempotently and refuses a database newer than the code', async () => {
    const path = join(dir, 'newer.db');
    const store = await openSqliteStore(path);
    expect(await store.migrate()).toEqual({ from: LATEST_VERSION, to: LATEST_VERSION });
    await store.close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    const err = await openSqliteStore(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('schema-too-new');
  });

  it('refuses calls after close', async () => {
    const store = await openSqliteStore(':memory:');
    await store.close();
    await expect(store.stats()).rejects.toMatchObject({ code: 'closed' });
  });
});
