import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import { StoreError } from '../../src/stores/index.js';
import { runStoreConformance } from './conformance.js';

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
  it('opens in WAL mode with foreign keys and records its schema version', async () => {
    const path = join(dir, 'pragmas.db');
    const store = await openSqliteStore(path);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: 'initial' }]);
    db.close();
  });

  it('migrates idempotently and refuses a database newer than the code', async () => {
    const path = join(dir, 'newer.db');
    const store = await openSqliteStore(path);
    expect(await store.migrate()).toEqual({ from: 1, to: 1 });
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
