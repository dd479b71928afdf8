import { parse } from '../args.js';
import { statsText } from '../format-events.js';
import type { Command } from '../main.js';
import { openDb } from '../open-db.js';

export const command: Command = {
  summary: 'What the database holds: articles, copies, outlets, events and mentions, date ranges, the top dyads.',
  usage: 'usage: dyad stats [--db PATH] [--json]',
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
    const store = await openDb(values.db, { mustExist: true });
    try {
      const s = await store.stats();
      process.stdout.write(values.json ? `${JSON.stringify({ database: store.location, ...s }, null, 2)}\n` : statsText(s, store.location));
      return 0;
    } finally {
      await store.close();
    }
  },
};
