import type { EventStore } from '../stores/index.js';
import { sourceJob } from './job-keys.js';
import { createQueue } from './pg-queue.js';

/**
 * `dyad watch` on PostgreSQL: instead of polling and coding itself, each round queues one poll job per
 * feed for the workers (a feed whose last poll has not finished is not queued twice). Returns how
 * many polls were queued and how many were still waiting.
 */
export async function enqueueFeedPolls(store: EventStore, feeds: string[]): Promise<{ added: number; known: number }> {
  const pool = (store as EventStore & { pool?: import('pg').Pool }).pool;
  if (store.kind !== 'postgres' || !pool) throw new Error(`enqueueFeedPolls: ${store.location} is not a PostgreSQL store`);
  return createQueue(pool).enqueue(feeds.map((f) => sourceJob(f, { feed: true })));
}
