import { fileURLToPath } from 'node:url';
import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';

const examples = fileURLToPath(new URL('../../../examples/articles', import.meta.url));

const sub = async (name: string, argv: string[]): Promise<number> => (await import(`./${name}.js`)).command.run(argv);

/**
 * The main job on the bundled examples, in one command: ingest them into the database (a rerun
 * skips what is stored), print what the database holds and a table of events, then serve the
 * dashboard. Each step is the ordinary command, so what `npm start` shows is what users get.
 */
export const command: Command = {
  summary: 'The main job on the bundled examples: ingests examples/articles, prints stats and events, then serves the dashboard on http://127.0.0.1:8787.',
  usage: 'usage: dyad start [--db PATH] [--port 8787] [--no-serve]',
  async run(argv) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      'no-serve': { type: 'boolean' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const db = values.db ? ['--db', values.db] : [];
    console.log(`dyad start: ingesting the bundled example articles (${examples})`);
    const ingested = await sub('ingest', [examples, '--quiet', ...db]);
    if (ingested !== 0) return ingested;
    console.log('');
    await sub('stats', db);
    console.log('');
    await sub('events', ['--format', 'table', '--sort', 'date', '--limit', '25', ...db]);
    if (values['no-serve'] || process.env.DYAD_NO_SERVE === '1') return 0;
    console.log('');
    return sub('serve', [...db, ...(values.port ? ['--port', values.port] : [])]);
  },
};
