import { Hono } from 'hono';
import type { Coder } from '../core/index.js';
import { createFetcher, type Fetcher } from '../net/index.js';
import type { EventStore } from '../stores/index.js';
import { DEFAULT_LIMITS, lazyCoder, type ApiDeps, type Limits } from './context.js';
import { errorResponse, onError } from './errors.js';
import { createMemo } from './memo.js';
import { articleRoutes } from './routes/articles.js';
import { codeRoutes } from './routes/code.js';
import { dyadRoutes } from './routes/dyads.js';
import { eventRoutes } from './routes/events.js';
import { ingestRoutes } from './routes/ingest.js';
import { networkRoutes } from './routes/network.js';
import { placeRoutes } from './routes/places.js';
import { statsRoutes } from './routes/stats.js';
import { hostCheck, securityHeaders } from './security.js';
import { defaultWebDir, staticFiles } from './static-files.js';

export interface AppOptions {
  store: EventStore;
  /** A coder, or a function building one on first use. */
  coder: Coder | (() => Promise<Coder>);
  /** Enables write routes for requests carrying it; none by default (writes refused). */
  token?: string | null;
  /** Directory of the bundled UI (default dist/web). */
  webDir?: string;
  /** Host names the server answers for (DNS-rebinding guard); null answers any. Default: loopback names. */
  hosts?: readonly string[] | null;
  fetcher?: Fetcher;
  limits?: Partial<Limits>;
  log?: (message: string) => void;
  now?: () => Date;
  /** How long GET /api/stats answers are reused, ms (default 30 s; POST /api/ingest clears them). */
  statsTtlMs?: number;
}

export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

/** The HTTP API and the UI as a Hono app; `startServer` puts it on a socket, tests call `app.request`. */
export function createApp(options: AppOptions): Hono {
  let fetcher = options.fetcher ?? null;
  const deps: ApiDeps = {
    store: options.store,
    coder: lazyCoder(options.coder),
    token: options.token || null,
    fetcher: () => (fetcher ??= createFetcher()),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    log: options.log ?? ((m) => console.error(`dyad serve: ${m}`)),
    now: options.now ?? (() => new Date()),
    memo: createMemo(options.statsTtlMs ?? 30_000),
  };
  const api = new Hono();
  for (const routes of [eventRoutes, dyadRoutes, networkRoutes, placeRoutes, articleRoutes, statsRoutes, codeRoutes, ingestRoutes]) api.route('/', routes(deps));
  api.all('*', (c) => errorResponse(c, 404, `no route ${c.req.method} ${new URL(c.req.url).pathname}; see docs/api.md`));

  const app = new Hono();
  app.use(securityHeaders());
  app.use(hostCheck(options.hosts === undefined ? LOOPBACK_HOSTS : options.hosts));
  app.onError(onError(deps.log));
  app.route('/api', api);
  const files = staticFiles(options.webDir ?? defaultWebDir());
  app.get('*', files);
  app.all('*', (c) => errorResponse(c, 405, `${c.req.method} is not allowed here`));
  return app;
}
