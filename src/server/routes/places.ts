import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';
import { defined, placeParams } from '../params.js';

/** GET /api/places: event counts per location, for the map; reused for a while like /api/network. */
export function placeRoutes({ store, memo }: ApiDeps): Hono {
  return new Hono().get('/places', async (c) => {
    const q = defined(placeParams.parse(c.req.query()));
    return c.json({ places: await memo.get(`places:${JSON.stringify(q)}`, () => store.places(q)) });
  });
}
