import { sql as initial } from './001-initial.js';
import { sql as dyadGroups } from './002-dyad-groups.js';
import { sql as sideOrder } from './003-side-order.js';
import { sql as cameoSalience } from './004-cameo-salience.js';
import { sql as dyadDays } from './005-dyad-days.js';

/** Ordered schema migrations; a database records the versions it has in `schema_migrations`. Append only. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'dyad-groups', sql: dyadGroups },
  { version: 3, name: 'side-order', sql: sideOrder },
  { version: 4, name: 'cameo-salience', sql: cameoSalience },
  { version: 5, name: 'dyad-days', sql: dyadDays },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
