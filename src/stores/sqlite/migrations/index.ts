import { sql as initial } from './001-initial.js';

/** Ordered schema migrations; a database records the versions it has in `schema_migrations`. Append only. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: initial }];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
