import { Hono } from 'hono';
import { z } from 'zod';
import { ingest, inProcessCoding, type ItemResult } from '../../ingest/index.js';
import { limitBody, readBody } from '../body.js';
import type { ApiDeps } from '../context.js';
import { ApiError } from '../errors.js';
import { postedSource } from '../ingest-source.js';
import { requireToken } from '../token.js';

const field = (max: number) => z.string().max(max).optional();
const article = z.strictObject({
  text: field(5_000_000),
  html: field(5_000_000),
  title: field(1000),
  published: field(64),
  url: field(2000),
  id: field(200),
  byline: field(500),
  language: field(35),
});
const ingestBody = z.strictObject({
  articles: z.array(article).optional(),
  urls: z.array(z.url({ protocol: /^https?$/, error: 'urls must be http(s) URLs' }).max(2000)).optional(),
});

/** POST /api/ingest: codes and stores posted articles and URLs; only with the server's token. */
export function ingestRoutes(deps: ApiDeps): Hono {
  return new Hono().post('/ingest', requireToken(deps.token), limitBody(deps.limits.ingestBytes), async (c) => {
    const body = ingestBody.parse(await readBody(c));
    const articles = body.articles ?? [];
    const urls = body.urls ?? [];
    const n = articles.length + urls.length;
    if (n === 0) throw new ApiError(400, 'nothing to ingest: send { "articles": [{ "text": … }] } and/or { "urls": [ … ] }');
    if (n > deps.limits.ingestItems) throw new ApiError(400, `at most ${deps.limits.ingestItems} articles and URLs per request; got ${n}`);
    const results: ItemResult[] = [];
    const summary = await ingest({
      store: deps.store,
      sources: [postedSource(articles, urls, deps.fetcher, deps.now)],
      coding: inProcessCoding(await deps.coder()),
      onItem: (r) => results.push(r),
    });
    if (summary.stored + summary.copies > 0) deps.memo.clear();
    return c.json({ summary, results });
  });
}
