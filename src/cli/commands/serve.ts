import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';
import { makeCoder } from '../coder-options.js';
import { openDb } from '../open-db.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/index.js';

export const command: Command = {
  summary:
    'Serves the HTTP API (docs/api.md) and the web UI until interrupted. Binds 127.0.0.1 unless --host says otherwise; ' +
    'POST /api/ingest works only with --token (or DYAD_TOKEN), sent as Authorization: Bearer <token>.',
  usage: [
    `usage: dyad serve [--db PATH] [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--token SECRET]`,
    '  --gazetteer small|full      place database for POST /api/code and /api/ingest (default full)',
    '  --dictionaries DIR          extra dictionaries for the coder',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      gazetteer: { type: 'string' },
      dictionaries: { type: 'string' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535; got '${values.port}'`);
    const token = values.token ?? process.env.DYAD_TOKEN ?? null;
    if (token !== null && token.length < 12) throw new UsageError('--token must be at least 12 characters');
    // Without a token nothing can be written, so an empty new database would only show an empty page.
    const store = await openDb(values.db, { mustExist: token === null });
    const server = await startServer({
      store,
      coder: () => makeCoder({ gazetteer: values.gazetteer, dictionaries: values.dictionaries }),
      port,
      host: values.host ?? DEFAULT_HOST,
      token,
    }).catch(async (err: NodeJS.ErrnoException) => {
      await store.close();
      throw new Error(err.code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port` : err.message);
    });
    console.log(`dyad serve: ${store.location} on ${server.url}/ (Ctrl-C stops)${token ? '; POST /api/ingest enabled' : ''}`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    await store.close();
    return 0;
  },
};
