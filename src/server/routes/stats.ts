import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';

/**
 * GET /api/stats: totals, date ranges and the busiest dyads; the dashboard's starting point. The
 * store aggregates every event for it, so the answer is reused for a while (ApiDeps.memo).
 */
export function statsRoutes({ store, token, memo }: ApiDeps): Hono {
  return new Hono().get('/stats', async (c) => c.json({ ...(await memo.get('stats', () => store.stats())), store: store.kind, ingest: token !== null }));
}
