import type pg from 'pg';
import type { QueueStats } from './job.js';

/** What `dyad queue` shows; a few aggregate queries, each served by a partial index or one scan of `jobs`. */
export async function queueStats(pool: pg.Pool): Promise<QueueStats> {
  const counts = (
    await pool.query<{ pending: number; delayed: number; running: number; expired: number; done: number; failed: number; oldest: number | null }>(
      `SELECT count(*) FILTER (WHERE state = 'pending') AS pending,
         count(*) FILTER (WHERE state = 'pending' AND run_after > now()) AS delayed,
         count(*) FILTER (WHERE state = 'running') AS running,
         count(*) FILTER (WHERE state = 'running' AND lease_until < now()) AS expired,
         count(*) FILTER (WHERE state = 'done') AS done,
         count(*) FILTER (WHERE state = 'failed') AS failed,
         extract(epoch FROM now() - min(created_at) FILTER (WHERE state = 'pending' AND run_after <= now())) AS oldest
       FROM jobs`,
    )
  ).rows[0]!;
  const rate = (
    await pool.query<{ m1: number; m15: number; h1: number }>(
      `SELECT count(*) FILTER (WHERE finished_at > now() - interval '1 minute') AS m1,
         count(*) FILTER (WHERE finished_at > now() - interval '15 minutes') AS m15,
         count(*) AS h1
       FROM jobs WHERE state = 'done' AND finished_at > now() - interval '1 hour'`,
    )
  ).rows[0]!;
  const failures = await pool.query<{ code: string; count: number; example: string }>(
    `SELECT coalesce(error_code, '?') AS code, count(*) AS count, min(last_error) AS example
     FROM jobs WHERE state = 'failed' GROUP BY 1 ORDER BY count DESC, code LIMIT 20`,
  );
  const workers = await pool.query<{ worker: string; running: number }>(
    "SELECT worker, count(*) AS running FROM jobs WHERE state = 'running' GROUP BY worker ORDER BY worker",
  );
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    pending: counts.pending,
    delayed: counts.delayed,
    running: counts.running,
    expired: counts.expired,
    done: counts.done,
    failed: counts.failed,
    oldestPendingSeconds: counts.oldest === null ? null : Math.round(counts.oldest),
    throughput: { lastMinute: rate.m1, last15Minutes: round(rate.m15 / 15), lastHour: round(rate.h1 / 60) },
    failures: failures.rows,
    workers: workers.rows,
  };
}
