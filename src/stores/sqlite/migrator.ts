import type Database from 'better-sqlite3';
import { StoreError } from '../store.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';

/** Brings the schema to the latest version, one transaction per migration; refuses a newer database. */
export function migrate(db: Database.Database, location: string): { from: number; to: number } {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const from = schemaVersion(db);
  if (from > LATEST_VERSION) {
    throw new StoreError('schema-too-new', `${location} has schema version ${from}, newer than this Dyad knows (${LATEST_VERSION}); upgrade Dyad`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= from) continue;
    db.transaction(() => {
      // Another process may have applied it since we looked; the write lock is ours now.
      if (schemaVersion(db) >= m.version) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
  return { from, to: schemaVersion(db) };
}

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}
