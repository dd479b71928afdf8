import { Hono } from 'hono';
import type { ApiDeps } from '../context.js';
import { ApiError } from '../errors.js';
import { articleHighlights } from '../highlights.js';
import { articleId } from '../params.js';

/** GET /api/articles/:id: the article, everything coded from it, and the spans to highlight. */
export function articleRoutes({ store }: ApiDeps): Hono {
  return new Hono().get('/articles/:id', async (c) => {
    const parsed = articleId.safeParse(c.req.param('id'));
    if (!parsed.success) throw new ApiError(400, `article id must be a positive whole number; got '${c.req.param('id')}'`);
    const article = await store.article(parsed.data);
    if (!article) throw new ApiError(404, `no article ${parsed.data}`);
    return c.json({ ...article, highlights: articleHighlights(article) });
  });
}
