import { openStore, resolveDb } from '../../stores/index.js';
import { parse } from '../args.js';
import type { Command } from '../main.js';

export const command: Command = {
  summary: 'Creates or upgrades the database schema (SQLite or PostgreSQL), one versioned migration at a time. Safe to run again, and from several machines at once.',
  usage: ['usage: dyad migrate [--db PATH|URL]', 'example: dyad migrate --db postgres://dyad@db.example.org/dyad'].join('\n'),
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' } });
    const spec = resolveDb(values.db);
    if (/^postgres(ql)?:\/\//i.test(spec)) {
      const { createPool, migrate, redact } = await import('../../stores/postgres/index.js');
      const pool = createPool(spec, { max: 1, applicationName: 'dyad migrate' });
      try {
        const { from, to } = await migrate(pool, redact(spec));
        console.log(from === to ? `${redact(spec)}: schema is current (version ${to})` : `${redact(spec)}: schema version ${from} → ${to}`);
      } finally {
        await pool.end();
      }
      return 0;
    }
    // The SQLite store migrates when it opens.
    const store = await openStore(spec);
    try {
      const { schemaVersion } = await store.stats();
      console.log(`${store.location}: schema is current (version ${schemaVersion})`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
