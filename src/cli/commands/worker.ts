import { hostname } from 'node:os';
import { buildCoder, inProcessCoding, workerPoolCoding, type CodingService } from '../../ingest/index.js';
import { createQueue, emptyTimings, handleJob, jobContext, runWorker, type JobReport } from '../../queue/index.js';
import { createPool, openPostgresStore } from '../../stores/postgres/index.js';
import { parse, UsageError } from '../args.js';
import { parseDuration } from '../duration.js';
import type { Command } from '../main.js';
import { postgresUrl } from '../postgres-url.js';
import { stopSignal } from '../stop-signal.js';
import { CODER_FLAGS } from '../coder-options.js';

export const command: Command = {
  summary:
    'Codes jobs from the PostgreSQL queue until stopped: claims a job under a lease, extracts, codes and stores it in one transaction, reports it. SIGTERM (or Ctrl-C) finishes the jobs in hand, then exits; a killed worker loses nothing (its jobs return to the queue when their lease runs out). Run one per machine.',
  usage: [
    'usage: dyad worker [--db URL] [--concurrency N] [--lease 60s] [--until-empty] [--quiet | --json] [--allow-private]',
    '  --concurrency N   cores to code on: N > 1 codes in N threads (default 1); 2 × N jobs are in flight, so one codes while another waits for the database',
    '  --lease D         how long a claimed job stays ours without a heartbeat (default 60s)',
    '  --retry-after D   first retry delay after a failed try, doubling after (default 30s)',
    '  --until-empty     exit when no job is ready or running; jobs waiting to retry stay queued (default: wait for more work)',
    '  --quiet           print only the summary;  --json: one JSON line per job, then the summary',
    '  --allow-private   let URLs reach loopback and private addresses (refused by default)',
    '  --dictionaries DIR, --replace-dictionaries, --gazetteer small|full   as for dyad code',
    'example: DYAD_DB=postgres://dyad@db.example.org/dyad dyad worker --concurrency 2',
  ].join('\n'),
  async run(argv) {
    const { values } = parse(argv, {
      db: { type: 'string' },
      concurrency: { type: 'string' },
      lease: { type: 'string' },
      'retry-after': { type: 'string' },
      'until-empty': { type: 'boolean' },
      quiet: { type: 'boolean' },
      json: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      ...CODER_FLAGS,
    });
    if (values.quiet && values.json) throw new UsageError('--quiet and --json exclude each other');
    const concurrency = Number(values.concurrency ?? 1);
    if (!Number.isSafeInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency must be a whole number from 1 to 64');
    const leaseMs = values.lease ? parseDuration(values.lease, '--lease') : 60_000;
    const retryMs = values['retry-after'] ? parseDuration(values['retry-after'], '--retry-after') : 30_000;
    const url = postgresUrl(values.db, 'dyad worker');

    const stop = stopSignal();
    const store = await openPostgresStore(url, { maxConnections: 2 * concurrency + 1, applicationName: 'dyad worker' });
    // Queue updates need not wait for the disk: a lost claim or report after a server crash only
    // means the job runs again, and the article it stored is then found as a duplicate.
    const queuePool = createPool(url, { max: 2, applicationName: 'dyad worker queue', durableCommits: false });
    const queue = createQueue(queuePool, { backoff: { baseMs: retryMs } });
    const spec = { ...(values.dictionaries ? { dictionaries: values.dictionaries } : {}), replace: values['replace-dictionaries'] ?? false, ...(values.gazetteer ? { gazetteer: values.gazetteer } : {}) };
    let coding: CodingService | null = null;
    try {
      coding = concurrency > 1 ? await workerPoolCoding(spec, concurrency) : inProcessCoding(await buildCoder(spec));
      const timings = emptyTimings();
      const ctx = jobContext(store, queue, coding, { allowPrivate: values['allow-private'] ?? false, timings });
      const id = `${hostname()}:${process.pid}`;
      if (!values.quiet && !values.json) console.error(`dyad worker ${id}: coding on ${concurrency} core(s), ${2 * concurrency} jobs in flight, lease ${leaseMs / 1000}s, on ${store.location}`);
      const cpu0 = process.cpuUsage();
      const summary = await runWorker({
        queue,
        handle: (job) => handleJob(job, ctx),
        workerId: id,
        concurrency: 2 * concurrency,
        leaseMs,
        untilEmpty: values['until-empty'] ?? false,
        timings,
        signal: stop.signal,
        onJob: (r) => report(r, values.json ? 'json' : values.quiet ? 'quiet' : 'lines'),
        onError: (err) => console.error(`dyad worker: ${err.message} (retrying)`),
      });
      // CPU spent on jobs, the coder's start-up (dictionaries, gazetteer) left out; coding threads not counted.
      const cpu = process.cpuUsage(cpu0);
      if (values.json) console.log(JSON.stringify({ summary: { ...summary, slots: 2 * concurrency, cpuMs: Math.round((cpu.user + cpu.system) / 1000) } }));
      else console.log(`worker ${id}: ${summary.done} done, ${summary.retried} to retry, ${summary.failed} failed, ${summary.lost} leases lost, ${summary.seconds}s`);
      return 0;
    } finally {
      stop.dispose();
      await coding?.close();
      await store.close();
      await queuePool.end();
    }
  },
};

function report(r: JobReport, mode: 'json' | 'quiet' | 'lines'): void {
  if (mode === 'json') console.log(JSON.stringify(r));
  else if (mode === 'lines' && r.status !== 'done') console.error(`job ${r.id} ${r.key}: ${r.status} (try ${r.attempt}): ${r.error ?? ''}`);
}
