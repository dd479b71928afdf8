import { createFetcher } from '../../net/index.js';
import { createQueue, jobsForArgs, type JobSpec } from '../../queue/index.js';
import { openPostgresStore } from '../../stores/postgres/index.js';
import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';
import { postgresUrl } from '../postgres-url.js';
import { stopSignal } from '../stop-signal.js';

export const command: Command = {
  summary:
    'Adds work to the PostgreSQL queue for `dyad worker`: a feed URL becomes a poll job (a worker fetches it and queues its items), a file of URLs one job per page, local files and directories one job per article (read here, so workers need no shared disk). Work already queued or done is not added again.',
  usage: [
    'usage: dyad enqueue SOURCE... [--db URL] [--max-attempts N] [--json]',
    '  SOURCE            a feed or page URL, a file of URLs (one per line), a directory or file (.txt .html .json .jsonl .warc .warc.gz), - (stdin)',
    '  --db URL          postgres://… (or DYAD_DB)',
    '  --max-attempts N  tries before a job is kept as failed (default 5)',
    'example: dyad enqueue ./news/ https://example.org/feed.xml urls.txt',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, 'max-attempts': { type: 'string' }, json: { type: 'boolean' } });
    if (!positionals.length) throw new UsageError('give at least one SOURCE');
    const maxAttempts = values['max-attempts'] === undefined ? undefined : Number(values['max-attempts']);
    if (maxAttempts !== undefined && (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100)) throw new UsageError('--max-attempts must be a whole number from 1 to 100');
    const store = await openPostgresStore(postgresUrl(values.db, 'dyad enqueue'), { maxConnections: 1, applicationName: 'dyad enqueue' });
    const queue = createQueue(store.pool);
    const stop = stopSignal();
    const totals = { added: 0, known: 0, unreadable: 0 };
    try {
      let batch: JobSpec[] = [];
      const flush = async () => {
        const r = await queue.enqueue(batch);
        totals.added += r.added;
        totals.known += r.known;
        batch = [];
      };
      // Local files are read here; URLs are not fetched (workers do that), so no private-address policy applies.
      for await (const x of jobsForArgs(positionals, { fetcher: createFetcher(), signal: stop.signal, ...(maxAttempts ? { maxAttempts } : {}) })) {
        if ('error' in x) {
          totals.unreadable++;
          if (!values.json) console.error(`dyad enqueue: ${x.error.ref}: ${x.error.reason}`);
          continue;
        }
        batch.push(x.job);
        if (batch.length >= 500) await flush();
      }
      await flush();
    } finally {
      stop.dispose();
      await store.close();
    }
    if (values.json) console.log(JSON.stringify(totals));
    else console.log(`${totals.added} jobs added, ${totals.known} already queued or done${totals.unreadable ? `, ${totals.unreadable} items could not be read` : ''}`);
    return 0;
  },
};
