import { availableParallelism } from 'node:os';
import { createFetcher } from '../../net/index.js';
import { SourceOpenError } from '../../sources/index.js';
import { buildCoder, countItems, createProgress, ingest, inProcessCoding, openSources, summaryText, workerPoolCoding, type CodingService, type ProgressMode } from '../../ingest/index.js';
import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';
import { openDb } from '../open-db.js';
import { stopSignal } from '../stop-signal.js';
import { CODER_FLAGS } from '../coder-options.js';

export const command: Command = {
  summary:
    'Adds articles to the database: extracts, codes and stores each one in its own transaction. Reruns skip what is stored; a killed run loses nothing it reported as stored. Failing items are reported and skipped.',
  usage: [
    'usage: dyad ingest SOURCE... [--db PATH] [--threads N] [--quiet | --json] [--allow-private]',
    '  SOURCE               a directory or file (.txt .html .json .jsonl .warc .warc.gz), a feed URL, a urls.txt, or - (stdin)',
    '  --db PATH            database (default ./data/dyad.db, or DYAD_DB)',
    '  --threads N          coder worker threads (default: 1 per core beyond the first, 0 = code in this thread)',
    '  --quiet              print nothing but the summary;  --json: one JSON line per item, then the summary',
    '  --allow-private      let URLs reach loopback and private addresses (refused by default)',
    '  --dictionaries DIR, --replace-dictionaries, --gazetteer small|full   as for dyad code',
    'example: dyad ingest ./news/ --db ./data/dyad.db',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      threads: { type: 'string' },
      quiet: { type: 'boolean' },
      json: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      ...CODER_FLAGS,
    });
    if (!positionals.length) throw new UsageError('give at least one SOURCE');
    if (values.quiet && values.json) throw new UsageError('--quiet and --json exclude each other');
    const threads = values.threads === undefined ? defaultThreads() : Number(values.threads);
    if (!Number.isSafeInteger(threads) || threads < 0 || threads > 64) throw new UsageError('--threads must be a whole number from 0 to 64');

    const stop = stopSignal();
    const store = await openDb(values.db);
    // Feed entries already stored are passed over before their pages are fetched.
    const skip = async (url: string) => (await store.findArticle({ url })) !== null;
    const sources = await openSources(positionals, { fetcher: createFetcher({ allowPrivate: values['allow-private'] ?? false }), signal: stop.signal, skip }).catch(async (err: unknown) => {
      stop.dispose();
      await store.close();
      throw err instanceof SourceOpenError ? new UsageError(err.message) : err;
    });
    const spec = { ...(values.dictionaries ? { dictionaries: values.dictionaries } : {}), replace: values['replace-dictionaries'] ?? false, ...(values.gazetteer ? { gazetteer: values.gazetteer } : {}) };
    let coding: CodingService | null = null;
    try {
      coding = threads > 0 ? await workerPoolCoding(spec, threads) : inProcessCoding(await buildCoder(spec));
      const mode: ProgressMode = values.json ? 'json' : values.quiet ? 'quiet' : process.stderr.isTTY ? 'bar' : 'lines';
      const progress = createProgress(mode, mode === 'bar' ? await countItems(positionals) : null);
      const summary = await ingest({ store, sources, coding, signal: stop.signal, onItem: (r) => progress.item(r) });
      progress.finish();
      if (values.json) process.stdout.write(`${JSON.stringify({ summary })}\n`);
      else process.stdout.write(summaryText(summary));
      const ok = summary.stored + summary.copies + summary.duplicates + summary.skipped;
      // 130 (as for Ctrl-C) tells scripts the run stopped early; 1 when nothing at all could be read.
      return summary.interrupted ? 130 : summary.failed > 0 && ok === 0 ? 1 : 0;
    } finally {
      stop.dispose();
      await coding?.close();
      await store.close();
    }
  },
};

/** Coding is CPU-bound and the main thread extracts and writes: one worker per core beyond the first, at least one. */
function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}
