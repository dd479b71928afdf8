import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';

/** GET /api/stats: totals, date ranges and the busiest dyads; the dashboard's starting point. */
export function statsRoutes({ store, token }: ApiDeps): Hono {
  return new Hono().get('/stats', async (c) => c.json({ ...(await store.stats()), store: store.kind, ingest: token !== null }));
}
