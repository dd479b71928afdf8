import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';
import { defined, networkParams } from '../params.js';

/** GET /api/network: actors as nodes, directed dyads as edges weighted by events and signed by Goldstein. */
export function networkRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/network', async (c) => c.json(await store.network(defined(networkParams.parse(c.req.query())))));
}
