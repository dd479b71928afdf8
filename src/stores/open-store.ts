import type { EventStore } from './store.js';

/** The database used when neither `--db` nor `DYAD_DB` says otherwise. */
export const DEFAULT_DB = './data/dyad.db';

export interface OpenStoreOptions {
  readonly?: boolean;
}

/** `--db`, else `DYAD_DB`, else the default path. */
export function resolveDb(flag?: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.DYAD_DB || DEFAULT_DB;
}

/**
 * Opens the store a `--db` value names: a `postgres://` (or `postgresql://`) URL opens the PostgreSQL
 * store, anything else is a SQLite path. Migrations run on open.
 */
export async function openStore(spec: string, options: OpenStoreOptions = {}): Promise<EventStore> {
  if (/^postgres(ql)?:\/\//i.test(spec)) {
    const path = './postgres/index.js';
    let mod: { openPostgresStore?: (url: string, o: OpenStoreOptions) => Promise<EventStore> };
    try {
      mod = await import(path);
    } catch {
      throw new Error('postgres: this build of Dyad has no PostgreSQL store yet');
    }
    if (!mod.openPostgresStore) throw new Error('postgres: src/stores/postgres/index.ts does not export openPostgresStore');
    return mod.openPostgresStore(spec, options);
  }
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(spec, options);
}
