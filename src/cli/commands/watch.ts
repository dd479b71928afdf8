import type { CacheEntry } from '../../net/index.js';
import { createFetcher } from '../../net/index.js';
import { readFeedList } from '../../sources/feed-list.js';
import { createFeedSource } from '../../sources/feed-source.js';
import { buildCoder, createProgress, ingest, inProcessCoding, workerPoolCoding, type CodingService, type ProgressMode } from '../../ingest/index.js';
import { parseDuration, sleep } from '../../ingest/duration.js';
import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';
import { openDb } from '../open-db.js';
import { stopSignal } from '../stop-signal.js';
import { watchIntoQueue } from '../../queue/index.js';

export const command: Command = {
  summary:
    'Polls feeds until stopped: each round fetches every feed with a conditional request (an unchanged feed costs one 304), skips entries already stored before fetching their pages, and stores new articles. SIGINT/SIGTERM finish the articles in flight and exit.',
  usage: [
    'usage: dyad watch FEEDS... [--every 15m] [--once] [--db PATH] [--threads N] [--quiet | --json] [--allow-private]',
    '  FEEDS                an OPML file, a text file of feed URLs (one per line), or feed URLs',
    '  --every D            time between the starts of two rounds: 90s, 15m, 2h (default 15m)',
    '  --once               one round, then exit (for cron)',
    '  --db, --threads, --quiet, --json, --allow-private, --gazetteer   as for dyad ingest',
    '  with --db postgres://… each round queues one poll per feed for `dyad worker` processes instead of polling here',
    'example: dyad watch feeds.opml --every 15m',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, {
      every: { type: 'string' },
      once: { type: 'boolean' },
      db: { type: 'string' },
      threads: { type: 'string' },
      quiet: { type: 'boolean' },
      json: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      gazetteer: { type: 'string' },
    });
    if (!positionals.length) throw new UsageError('give an OPML file, a file of feed URLs, or feed URLs');
    const every = parseDuration(values.every ?? '15m');
    if (every === null) throw new UsageError(`--every must be a duration like 90s, 15m or 2h (at least 1s); got '${values.every}'`);
    const threads = values.threads === undefined ? 0 : Number(values.threads);
    if (!Number.isSafeInteger(threads) || threads < 0 || threads > 64) throw new UsageError('--threads must be a whole number from 0 to 64');

    const log = (s: string) => {
      if (!values.quiet && !values.json) console.error(s);
    };
    const stop = stopSignal();
    const store = await openDb(values.db);
    if (store.kind === 'postgres') {
      // With PostgreSQL, watch only queues a poll per feed each round; `dyad worker` processes poll and code.
      try {
        await watchIntoQueue(store, {
          feeds: () => feedUrls(positionals, log),
          everyMs: every,
          once: values.once ?? false,
          signal: stop.signal,
          onRound: (r) => {
            if (values.json) process.stdout.write(`${JSON.stringify({ round: r })}\n`);
            else if (!values.quiet) process.stdout.write(`round ${r.round} (${r.at}): ${r.feeds} feeds, ${r.queued} polls queued for the workers${r.waiting ? `, ${r.waiting} still waiting from an earlier round` : ''}\n`);
          },
        });
        return 0;
      } finally {
        stop.dispose();
        await store.close();
      }
    }
    // Validators (ETag, Last-Modified) live as long as the process: the first round after a restart fetches every feed once.
    const validators = new Map<string, CacheEntry>();
    const cache = { get: (url: string) => validators.get(url), set: (url: string, e: CacheEntry) => void validators.set(url, e) };
    const fetcher = createFetcher({ allowPrivate: values['allow-private'] ?? false, cache });
    const spec = values.gazetteer ? { gazetteer: values.gazetteer } : {};
    let coding: CodingService | null = null;
    try {
      coding = threads > 0 ? await workerPoolCoding(spec, threads) : inProcessCoding(await buildCoder(spec));
      const mode: ProgressMode = values.json ? 'json' : values.quiet ? 'quiet' : 'lines';
      for (let round = 1; !stop.signal.aborted; round++) {
        const started = Date.now();
        const feeds = await feedUrls(positionals, log);
        const sources = feeds.map((url) =>
          createFeedSource(url, { fetcher, conditional: true, signal: stop.signal, skip: async (u) => (await store.findArticle({ url: u })) !== null }),
        );
        const progress = createProgress(mode, null);
        const s = await ingest({ store, sources, coding, signal: stop.signal, onItem: (r) => progress.item(r) });
        const line = { round, at: new Date(started).toISOString(), feeds: feeds.length, stored: s.stored, copies: s.copies, duplicates: s.duplicates, unchanged: s.skipped, failed: s.failed, mentions: s.mentions };
        if (values.json) process.stdout.write(`${JSON.stringify({ round: line })}\n`);
        else if (!values.quiet) process.stdout.write(`round ${round} (${line.at}): ${feeds.length} feeds, ${s.stored} new articles, ${s.copies} copies, ${s.skipped} feeds unchanged, ${s.failed} failed, ${s.mentions} event mentions\n`);
        if (values.once) break;
        await sleep(Math.max(0, started + every - Date.now()), stop.signal);
      }
      log('dyad watch: stopped');
      return 0;
    } finally {
      stop.dispose();
      await coding?.close();
      await store.close();
    }
  },
};

/** Feed URLs from the arguments, re-read every round so edits to the list take effect. */
async function feedUrls(args: string[], log: (s: string) => void): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (/^https?:\/\//i.test(a)) {
      out.push(a);
      continue;
    }
    const { feeds, errors } = await readFeedList(a);
    for (const e of errors) log(`dyad watch: ${e.ref}: ${e.reason}`);
    out.push(...feeds);
  }
  return [...new Set(out)];
}
