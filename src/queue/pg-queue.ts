import type pg from 'pg';
import { retryDelayMs, type BackoffOptions } from './backoff.js';
import type { Job, JobKind, JobSpec, QueueStats } from './job.js';
import { queueStats } from './queue-stats.js';

export interface Queue {
  /** Adds jobs; those whose key is already queued (or done) are left out. */
  enqueue(jobs: readonly JobSpec[]): Promise<{ added: number; known: number }>;
  /** Takes the next runnable job under a lease, or null when there is none. */
  claim(worker: string, leaseMs: number): Promise<Job | null>;
  /** Pushes the lease forward; false when the job is no longer ours. */
  extend(job: Job, leaseMs: number): Promise<boolean>;
  /** Marks the job done; false when the lease was lost (another worker has it, or had it). */
  complete(job: Job, result: unknown): Promise<boolean>;
  /** Records an error: back to pending after a backoff when `retry` and tries remain, else failed for good. */
  fail(job: Job, code: string, error: string, retry: boolean): Promise<'retry' | 'failed' | 'lost'>;
  /** Returns jobs whose lease passed to pending (or fails them when out of tries). */
  releaseExpired(): Promise<number>;
  /** Failed jobs back to pending with their tries reset; optionally only those with one error code. */
  retryFailed(code?: string): Promise<number>;
  /** True when an article job (document or page) with this key exists, in any state. */
  has(key: string): Promise<boolean>;
  /** True when no job is ready or running (jobs waiting for a retry may remain): a worker started with --until-empty may stop. */
  idle(): Promise<boolean>;
  stats(): Promise<QueueStats>;
}

export interface QueueOptions {
  backoff?: BackoffOptions;
}

/** Rows per INSERT when enqueuing, and bytes of payload at most (bodies can be large). */
const BATCH_ROWS = 500;
const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * The work queue in PostgreSQL (table `jobs`, schema version 2). Claims use `FOR UPDATE SKIP LOCKED`,
 * so workers never wait on each other's rows and never take the same job; leases and retry times
 * use the server's clock.
 */
export function createQueue(pool: pg.Pool, options: QueueOptions = {}): Queue {
  return {
    async enqueue(jobs) {
      let added = 0;
      let batch: JobSpec[] = [];
      let bytes = 0;
      const flush = async () => {
        if (batch.length) added += await insertJobs(pool, batch);
        batch = [];
        bytes = 0;
      };
      for (const j of jobs) {
        const size = JSON.stringify(j.payload).length;
        if (batch.length && (batch.length >= BATCH_ROWS || bytes + size > BATCH_BYTES)) await flush();
        batch.push(j);
        bytes += size;
      }
      await flush();
      return { added, known: jobs.length - added };
    },

    async claim(worker, leaseMs) {
      const r = await pool.query<{ id: number; kind: JobKind; key: string; payload: unknown; attempts: number; max_attempts: number }>(
        `WITH next AS (
           SELECT id FROM jobs WHERE state = 'pending' AND run_after <= now()
           ORDER BY priority DESC, id LIMIT 1 FOR UPDATE SKIP LOCKED
         )
         UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, worker = $1, started_at = now(),
           lease_until = now() + $2 * interval '1 millisecond'
         FROM next WHERE j.id = next.id
         RETURNING j.id, j.kind, j.key, j.payload, j.attempts, j.max_attempts`,
        [worker, leaseMs],
      );
      const row = r.rows[0];
      return row ? { id: row.id, kind: row.kind, key: row.key, payload: row.payload, attempts: row.attempts, maxAttempts: row.max_attempts, worker } : null;
    },

    async extend(job, leaseMs) {
      const r = await pool.query(`UPDATE jobs SET lease_until = now() + $4 * interval '1 millisecond' WHERE ${OWNED}`, [job.id, job.worker, job.attempts, leaseMs]);
      return r.rowCount === 1;
    },

    async complete(job, result) {
      const r = await pool.query(
        `UPDATE jobs SET state = 'done', result = $4, payload = NULL, lease_until = NULL, finished_at = now(), error_code = NULL, last_error = NULL WHERE ${OWNED}`,
        [job.id, job.worker, job.attempts, JSON.stringify(result ?? null)],
      );
      return r.rowCount === 1;
    },

    async fail(job, code, error, retry) {
      const again = retry && job.attempts < job.maxAttempts;
      const delay = again ? retryDelayMs(job.attempts, options.backoff) : 0;
      const r = await pool.query(
        `UPDATE jobs SET state = $4, error_code = $5, last_error = $6, lease_until = NULL,
           run_after = now() + $7 * interval '1 millisecond', finished_at = CASE WHEN $4 = 'failed' THEN now() END
         WHERE ${OWNED}`,
        [job.id, job.worker, job.attempts, again ? 'pending' : 'failed', code, error.slice(0, 2000), delay],
      );
      return r.rowCount !== 1 ? 'lost' : again ? 'retry' : 'failed';
    },

    async releaseExpired() {
      const r = await pool.query(
        `UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END,
           error_code = 'lease-expired', last_error = 'lease expired on ' || coalesce(worker, '?') || ' (the worker was killed or hung) after try ' || attempts,
           finished_at = CASE WHEN attempts >= max_attempts THEN now() END, lease_until = NULL, run_after = now()
         WHERE state = 'running' AND lease_until < now()`,
      );
      return r.rowCount ?? 0;
    },

    async retryFailed(code) {
      const r = await pool.query(
        `UPDATE jobs SET state = 'pending', attempts = 0, run_after = now(), finished_at = NULL WHERE state = 'failed' AND ($1::text IS NULL OR error_code = $1)`,
        [code ?? null],
      );
      return r.rowCount ?? 0;
    },

    async has(key) {
      const r = await pool.query("SELECT 1 FROM jobs WHERE key = $1 AND kind <> 'source'", [key]);
      return r.rows.length > 0;
    },

    // Two EXISTS, each answered by a partial index, rather than one OR that would scan every finished job.
    async idle() {
      const r = await pool.query("SELECT NOT (EXISTS (SELECT 1 FROM jobs WHERE state = 'running') OR EXISTS (SELECT 1 FROM jobs WHERE state = 'pending' AND run_after <= now())) AS idle");
      return r.rows[0].idle as boolean;
    },

    stats: () => queueStats(pool),
  };
}

/** The lease token: this job, claimed by this worker on this try, still running. */
const OWNED = "id = $1 AND worker = $2 AND attempts = $3 AND state = 'running'";

async function insertJobs(pool: pg.Pool, jobs: JobSpec[]): Promise<number> {
  let added = 0;
  // Article jobs are unique forever; a source may be polled again once its last poll finished.
  for (const [sources, conflict] of [[false, "(key) WHERE kind <> 'source'"], [true, "(key) WHERE kind = 'source' AND state IN ('pending', 'running')"]] as const) {
    const rows = jobs.filter((j) => (j.kind === 'source') === sources);
    if (!rows.length) continue;
    const r = await pool.query(
      `INSERT INTO jobs (kind, key, payload, priority, max_attempts)
       SELECT * FROM unnest($1::text[], $2::text[], $3::json[], $4::int[], $5::int[])
       ON CONFLICT ${conflict} DO NOTHING`,
      [rows.map((j) => j.kind), rows.map((j) => j.key), rows.map((j) => JSON.stringify(j.payload)), rows.map((j) => j.priority ?? 0), rows.map((j) => j.maxAttempts ?? 5)],
    );
    added += r.rowCount ?? 0;
  }
  return added;
}
