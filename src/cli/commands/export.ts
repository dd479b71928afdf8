import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMATS, TEXT_FORMATS, tempParquetPath, writeParquet, type ExportFormat } from '../../export/index.js';
import { iterateEvents } from '../../stores/index.js';
import { parse, UsageError } from '../args.js';
import { EVENT_FILTER_FLAGS, EVENT_FILTER_USAGE, eventQueryFromFlags } from '../event-flags.js';
import type { Command } from '../main.js';
import { openDb } from '../open-db.js';
import { streamWriter } from '../output.js';

export const command: Command = {
  summary:
    'Exports events: gdelt (GDELT 2.0 Event table, 61 tab-separated columns, no header), jsonl (events with every mention), csv (flat, with a header), parquet (needs the optional @duckdb/node-api).',
  usage: [
    'usage: dyad export --format gdelt|jsonl|csv|parquet [filters] [--out FILE] > out',
    EVENT_FILTER_USAGE,
    '  --out FILE            write to FILE instead of standard output',
    'example: dyad export --format gdelt --from 2024-01-01 --to 2024-12-31 > events.tsv',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, { ...EVENT_FILTER_FLAGS, format: { type: 'string' }, out: { type: 'string' } });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const query = eventQueryFromFlags(values);
    const store = await openDb(values.db, { mustExist: true });
    try {
      if (format === 'parquet') {
        if (!values.out && process.stdout.isTTY) throw new UsageError('Parquet is binary: redirect standard output to a file or give --out FILE');
        const tmp = values.out ? null : tempParquetPath();
        try {
          const n = await writeParquet(iterateEvents(store, query), values.out ?? tmp!.path);
          if (tmp) await pipeline(createReadStream(tmp.path), process.stdout);
          console.error(`dyad export: ${n} events`);
        } finally {
          tmp?.cleanup();
        }
        return 0;
      }
      const f = TEXT_FORMATS[format];
      const file = values.out ? createWriteStream(values.out) : undefined;
      const out = streamWriter(file);
      await out.write(f.header);
      let n = 0;
      for await (const e of iterateEvents(store, { ...query, withMentions: f.withMentions })) {
        if (out.closed) break;
        await out.write(f.row(e));
        n++;
      }
      if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
      if (!process.stdout.isTTY || values.out) console.error(`dyad export: ${n} events`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
