import { canonicalUrl } from '../dedup/index.js';
import type { CodingService } from '../ingest/index.js';
import { createFetcher } from '../net/index.js';
import type { EventStore } from '../stores/index.js';
import type { JobContext } from './handle-job.js';
import type { Queue } from './pg-queue.js';
import { timedCoding, timedFetcher, timedStore, type Timings } from './timings.js';
import { pgValidatorCache } from './validator-cache.js';

/**
 * What a worker's jobs need: the store, the coder, a safe fetcher whose feed validators live in the
 * database, the queue. With `timings`, coding, extraction, fetching and the store are timed into it.
 */
export function jobContext(
  store: EventStore & { pool: import('pg').Pool },
  queue: Queue,
  coding: CodingService,
  options: { allowPrivate?: boolean; timings?: Timings } = {},
): JobContext {
  const t = options.timings;
  const fetcher = createFetcher({ allowPrivate: options.allowPrivate ?? false, cache: pgValidatorCache(store.pool) });
  const s = t ? timedStore(store, t) : store;
  return {
    store: s,
    coding: t ? timedCoding(coding, t) : coding,
    fetcher: t ? timedFetcher(fetcher, t) : fetcher,
    enqueue: (jobs) => queue.enqueue(jobs),
    async known(url) {
      const canonical = canonicalUrl(url);
      return (await s.findArticle({ url })) !== null || (canonical !== null && (await queue.has(`url:${canonical}`)));
    },
  };
}
