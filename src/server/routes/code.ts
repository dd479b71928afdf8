import { Hono } from 'hono';
import { z } from 'zod';
import { limitBody, readBody } from '../body.js';
import type { ApiDeps } from '../context.js';

/** What POST /api/code accepts: the article fields `dyad code` takes. */
export const codeBody = z.strictObject({
  text: z.string().min(1, 'text must not be empty'),
  title: z.string().max(1000).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'published must be YYYY-MM-DD').optional(),
  id: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
});

/** POST /api/code: codes the posted text and answers with the same JSON as `dyad code --format json`. Stores nothing. */
export function codeRoutes(deps: ApiDeps): Hono {
  return new Hono().post('/code', limitBody(deps.limits.codeBytes), async (c) => {
    const article = codeBody.parse(await readBody(c));
    const coder = await deps.coder();
    return c.json(coder.code(Object.fromEntries(Object.entries(article).filter(([, v]) => v !== undefined)) as z.infer<typeof codeBody>));
  });
}
