import { canonicalUrl } from '../dedup/index.js';
import type { CodingService } from '../ingest/index.js';
import { createFetcher } from '../net/index.js';
import type { EventStore } from '../stores/index.js';
import type { JobContext } from './handle-job.js';
import type { Queue } from './pg-queue.js';
import { pgValidatorCache } from './validator-cache.js';

/** What a worker's jobs need: the store, the coder, a safe fetcher whose feed validators live in the database, the queue. */
export function jobContext(store: EventStore & { pool: import('pg').Pool }, queue: Queue, coding: CodingService, options: { allowPrivate?: boolean } = {}): JobContext {
  return {
    store,
    coding,
    fetcher: createFetcher({ allowPrivate: options.allowPrivate ?? false, cache: pgValidatorCache(store.pool) }),
    enqueue: (jobs) => queue.enqueue(jobs),
    async known(url) {
      const canonical = canonicalUrl(url);
      return (await store.findArticle({ url })) !== null || (canonical !== null && (await queue.has(`url:${canonical}`)));
    },
  };
}
