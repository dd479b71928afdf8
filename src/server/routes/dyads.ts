import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';
import { defined, seriesParams } from '../params.js';

/** GET /api/dyads/:a/:b/series: what a did to b and b to a per period, normalised by article volume. */
export function dyadRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/dyads/:a/:b/series', async (c) => {
    const p = seriesParams.parse(c.req.query());
    const a = c.req.param('a');
    const b = c.req.param('b');
    const points = await store.dyadSeries({ a, b, ...defined(p) });
    return c.json({ a: a.toUpperCase(), b: b.toUpperCase(), interval: p.interval, points });
  });
}
