import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';
import { defined, placeParams } from '../params.js';

/** GET /api/places: event counts per location, for the map. */
export function placeRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/places', async (c) => c.json({ places: await store.places(defined(placeParams.parse(c.req.query()))) }));
}
