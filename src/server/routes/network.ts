import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';
import { defined, networkParams } from '../params.js';

/**
 * GET /api/network: actors as nodes, directed dyads as edges weighted by events and signed by
 * Goldstein. Over all time it aggregates every event (about a second at a million), so an answer
 * is reused for a while, like /api/stats (ApiDeps.memo).
 */
export function networkRoutes({ store, memo }: ApiDeps): Hono {
  return new Hono().get('/network', async (c) => {
    const q = defined(networkParams.parse(c.req.query()));
    return c.json(await memo.get(`network:${JSON.stringify(q)}`, () => store.network(q)));
  });
}
