import { sql as initial } from './001-initial.js';
import { sql as jobs } from './002-jobs.js';
import { sql as dyadGroups } from './003-dyad-groups.js';
import { sql as volumeShards } from './004-volume-shards.js';
import { sql as articleCheck } from './005-article-check.js';
import { sql as groupsFromCodes } from './006-groups-from-codes.js';

/** Ordered schema migrations; a database records the versions it has in `schema_migrations`. Append only. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'jobs', sql: jobs },
  { version: 3, name: 'dyad-groups', sql: dyadGroups },
  { version: 4, name: 'volume-shards', sql: volumeShards },
  { version: 5, name: 'article-check', sql: articleCheck },
  { version: 6, name: 'groups-from-codes', sql: groupsFromCodes },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
