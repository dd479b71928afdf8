import type { Job, Outcome } from './job.js';
import type { Queue } from './pg-queue.js';
import { emptyTimings, roundTimings, timed, type Timings } from './timings.js';
import { sleep } from '../ingest/duration.js';

export interface WorkerOptions {
  queue: Queue;
  /** Does one job (handle-job.ts, or a stand-in in tests). */
  handle(job: Job): Promise<Outcome>;
  /** This process's name in the queue (`host:pid`); slots add `/1`, `/2`, … */
  workerId: string;
  /** Jobs in flight at once (default 1). */
  concurrency?: number;
  /** Lease per claim, renewed every third of it while the job runs (default 60 s). */
  leaseMs?: number;
  /** Longest wait between claims when the queue is empty (default 2 s). */
  pollMs?: number;
  /** Stop when no job is ready or running; jobs waiting for a retry stay queued (benchmarks, tests, one-off backlogs). */
  untilEmpty?: boolean;
  /** Stop claiming; jobs in flight are finished and reported first. */
  signal?: AbortSignal;
  onJob?: (report: JobReport) => void;
  /** A claim or report failed (the database went away); the slot waits `pollMs` and carries on. */
  onError?: (err: Error) => void;
  /** Where time goes: the worker adds queue and idle time; the job context adds the rest. */
  timings?: Timings;
}

export interface JobReport {
  id: number;
  key: string;
  kind: string;
  attempt: number;
  status: 'done' | 'retry' | 'failed' | 'lost';
  ms: number;
  code?: string;
  error?: string;
  result?: unknown;
}

export interface WorkerSummary {
  done: number;
  retried: number;
  failed: number;
  lost: number;
  seconds: number;
  /** Summed over slots, ms. */
  timings: Timings;
}

/**
 * Claims and does jobs until stopped. Each slot claims one job, keeps its lease alive while it runs,
 * and reports the outcome under the lease token, so a report from a worker that lost its lease is
 * ignored. A job that throws is retried (the database or network went away). Expired leases of
 * other workers are returned to the queue as a side duty, at most once per half lease.
 */
export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const leaseMs = o.leaseMs ?? 60_000;
  const pollMs = o.pollMs ?? 2_000;
  const t = o.timings ?? emptyTimings();
  const summary: WorkerSummary = { done: 0, retried: 0, failed: 0, lost: 0, seconds: 0, timings: t };
  const q = <T>(fn: () => Promise<T>) => timed(t, 'queue', fn);
  const started = performance.now();
  let lastSweep = 0;
  const sweep = async () => {
    if (performance.now() - lastSweep < leaseMs / 2) return;
    lastSweep = performance.now();
    await q(() => o.queue.releaseExpired());
  };

  const slot = async (n: number) => {
    const worker = `${o.workerId}/${n}`;
    let idleWait = 50;
    while (!o.signal?.aborted) {
      try {
        await sweep();
        const job = await q(() => o.queue.claim(worker, leaseMs));
        if (!job) {
          if (o.untilEmpty && (await q(() => o.queue.idle()))) return;
          await timed(t, 'idle', () => sleep(idleWait, o.signal));
          idleWait = Math.min(pollMs, idleWait * 2);
          continue;
        }
        idleWait = 50;
        await runOne(job);
      } catch (err) {
        // The database is unreachable or restarting: wait and try again; a job we held returns after its lease.
        o.onError?.(err as Error);
        await timed(t, 'idle', () => sleep(pollMs, o.signal));
      }
    }
  };

  const runOne = async (job: Job) => {
    const t0 = performance.now();
    const beat = setInterval(() => void o.queue.extend(job, leaseMs).catch(() => {}), Math.max(100, leaseMs / 3));
    let outcome: Outcome;
    try {
      outcome = await o.handle(job);
    } catch (err) {
      outcome = { status: 'error', code: 'exception', error: (err as Error).message, retry: true };
    } finally {
      clearInterval(beat);
    }
    const ms = Math.round(performance.now() - t0);
    const base = { id: job.id, key: job.key, kind: job.kind, attempt: job.attempts, ms };
    if (outcome.status === 'done') {
      const ok = await q(() => o.queue.complete(job, outcome.result));
      if (ok) summary.done++;
      else summary.lost++;
      o.onJob?.({ ...base, status: ok ? 'done' : 'lost', result: outcome.result });
    } else {
      const status = await q(() => o.queue.fail(job, outcome.code, outcome.error, outcome.retry));
      if (status === 'retry') summary.retried++;
      else if (status === 'failed') summary.failed++;
      else summary.lost++;
      o.onJob?.({ ...base, status, code: outcome.code, error: outcome.error });
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 1) }, (_, i) => slot(i + 1)));
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  summary.timings = roundTimings(t);
  return summary;
}
