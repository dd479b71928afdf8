import type { EventStore } from '../stores/index.js';
import { sourceJob } from './job-keys.js';
import { createQueue } from './pg-queue.js';
import { sleep } from '../ingest/duration.js';

/**
 * Queues one poll job per feed for the workers; a feed whose last poll has not finished is not
 * queued twice. Returns how many polls were queued and how many were still waiting.
 */
export async function enqueueFeedPolls(store: EventStore, feeds: string[]): Promise<{ added: number; known: number }> {
  const pool = (store as EventStore & { pool?: import('pg').Pool }).pool;
  if (store.kind !== 'postgres' || !pool) throw new Error(`enqueueFeedPolls: ${store.location} is not a PostgreSQL store`);
  return createQueue(pool).enqueue(feeds.map((f) => sourceJob(f, { feed: true })));
}

export interface WatchRound {
  round: number;
  at: string;
  feeds: number;
  /** Polls queued this round. */
  queued: number;
  /** Feeds whose poll from an earlier round was still waiting or running: the workers are behind. */
  waiting: number;
}

/**
 * `dyad watch` on PostgreSQL: every `everyMs`, the feed list is read again and a poll job queued per
 * feed, instead of polling and coding in this process. `dyad worker` processes do the polls (with
 * conditional requests whose validators they share) and code the entries they find.
 */
export async function watchIntoQueue(
  store: EventStore,
  o: { feeds: () => Promise<string[]>; everyMs: number; once?: boolean; signal?: AbortSignal; onRound?: (r: WatchRound) => void },
): Promise<void> {
  for (let round = 1; !o.signal?.aborted; round++) {
    const started = Date.now();
    const feeds = await o.feeds();
    const { added, known } = await enqueueFeedPolls(store, feeds);
    o.onRound?.({ round, at: new Date(started).toISOString(), feeds: feeds.length, queued: added, waiting: known });
    if (o.once) return;
    await sleep(Math.max(0, started + o.everyMs - Date.now()), o.signal);
  }
}
