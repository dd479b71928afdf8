import { iterateEvents, type EventQuery } from '../../stores/index.js';
import { FLAT_COLUMNS } from '../../export/index.js';
import { parse, UsageError } from '../args.js';
import { EVENT_FILTER_FLAGS, EVENT_FILTER_USAGE, eventQueryFromFlags } from '../event-flags.js';
import { eventTable } from '../format-events.js';
import type { Command } from '../main.js';
import { openDb } from '../open-db.js';
import { streamWriter } from '../output.js';

const FORMATS = ['table', 'json', 'jsonl', 'tsv'] as const;

export const command: Command = {
  summary: 'Queries stored events. Prints one page (--limit, --cursor for the next); --all streams every match (jsonl, tsv).',
  usage: [
    'usage: dyad events [filters] [--sort date|salience] [--limit N] [--cursor C] [--all] [--mentions] [--format table|json|jsonl|tsv]',
    EVENT_FILTER_USAGE,
    '  --mentions            include every mention (json, jsonl)',
    'example: dyad events --dyad RUS:PRK --from 2022-01-01 --format table',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, {
      ...EVENT_FILTER_FLAGS,
      sort: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
      all: { type: 'boolean' },
      mentions: { type: 'boolean' },
      format: { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = (values.format ?? 'table') as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (values.all && (format === 'table' || format === 'json')) throw new UsageError('--all streams jsonl or tsv; use --cursor to page a table');
    const query: EventQuery = {
      ...eventQueryFromFlags(values),
      ...(values.sort ? { sort: values.sort as EventQuery['sort'] } : {}),
      ...(values.limit ? { limit: Number(values.limit) } : {}),
      ...(values.cursor ? { cursor: values.cursor } : {}),
      ...(values.mentions ? { withMentions: true } : {}),
    };
    const store = await openDb(values.db, { mustExist: true });
    const out = streamWriter();
    try {
      if (format === 'tsv') await out.write(`${FLAT_COLUMNS.map((c) => c.name).join('\t')}\n`);
      const line = (e: Parameters<typeof eventTable>[0][number]) =>
        format === 'jsonl' ? `${JSON.stringify(e)}\n` : `${FLAT_COLUMNS.map((c) => String(c.get(e) ?? '').replace(/[\t\r\n]+/g, ' ')).join('\t')}\n`;
      if (values.all) {
        const { limit: _l, cursor: _c, sort: _s, ...filters } = query;
        for await (const e of iterateEvents(store, filters)) {
          if (out.closed) break;
          await out.write(line(e));
        }
        return 0;
      }
      const page = await store.events(query);
      if (format === 'json') await out.write(`${JSON.stringify(page, null, 2)}\n`);
      else if (format === 'table') await out.write(page.events.length ? eventTable(page.events) : 'no events match\n');
      else for (const e of page.events) await out.write(line(e));
      if (page.nextCursor && format !== 'json') console.error(`more: add --cursor ${page.nextCursor}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
