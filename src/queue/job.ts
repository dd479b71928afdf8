/**
 * The work queue's vocabulary. A job is one unit of work a worker claims, does and reports:
 * - `document`: one source item, body included (workers on other machines need no shared disk),
 *   extracted, coded and stored;
 * - `page`: one web page URL (from a URL list) a worker fetches, then codes and stores;
 * - `source`: one origin a worker opens itself, typically a feed URL: a feed poll enqueues its items
 *   as `document` jobs; a URL that turns out to be a single page is coded in the same job.
 */
export type JobKind = 'document' | 'page' | 'source';

export type JobState = 'pending' | 'running' | 'done' | 'failed';

export interface JobSpec {
  kind: JobKind;
  /** De-duplication key: one job per article (`url:…`, `body:…`), one unfinished poll per origin (`source:…`). */
  key: string;
  payload: unknown;
  /** Claimed first when higher (feed polls go before the articles they bring). Default 0. */
  priority?: number;
  /** Tries before the job is failed for good (default 5). */
  maxAttempts?: number;
}

/** A claimed job. `worker` and `attempts` together are the lease token: a late report from a lost lease is ignored. */
export interface Job {
  id: number;
  kind: JobKind;
  key: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  worker: string;
}

/** How a job ended: done with a result, or an error to retry later or to keep as failed. */
export type Outcome =
  | { status: 'done'; result: unknown }
  | { status: 'error'; code: string; error: string; retry: boolean };

export interface QueueStats {
  pending: number;
  /** Pending jobs waiting for a retry time. */
  delayed: number;
  running: number;
  /** Running jobs whose lease has passed: their worker died or hangs; they return to pending. */
  expired: number;
  done: number;
  failed: number;
  /** Age of the oldest job that could run now, seconds; null when none waits. */
  oldestPendingSeconds: number | null;
  /** Jobs finished as done per minute, over the last minute, 15 minutes and hour. */
  throughput: { lastMinute: number; last15Minutes: number; lastHour: number };
  /** Failed jobs by error code, most first, with one example message. */
  failures: { code: string; count: number; example: string }[];
  /** Workers holding running jobs. */
  workers: { worker: string; running: number }[];
}
