import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';
import { defined, eventParams } from '../params.js';

/** GET /api/events: filtered, cursor-paged events, each with the sentence that says so. */
export function eventRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/events', async (c) => {
    const { mentions, ...p } = eventParams.parse(c.req.query());
    return c.json(await store.events({ ...defined(p), ...(mentions ? { withMentions: true } : {}) }));
  });
}
