import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createPool, migrate } from '../stores/postgres/index.js';
import { postgresUnavailable, startThrowawayPostgres, type ThrowawayPostgres } from '../../test/postgres/throwaway.js';
import { retryDelayMs } from './backoff.js';
import type { Job, JobSpec } from './job.js';
import { createQueue, type Queue } from './pg-queue.js';
import { runWorker } from './worker.js';

const unavailable = postgresUnavailable();
let server: ThrowawayPostgres;
const pools: pg.Pool[] = [];

const doc = (key: string): JobSpec => ({ kind: 'document', key, payload: { n: key } });

async function fresh(): Promise<{ pool: pg.Pool; queue: Queue }> {
  const pool = createPool(await server.createDatabase(), { max: 8 });
  pools.push(pool);
  await migrate(pool, 'test');
  return { pool, queue: createQueue(pool, { backoff: { baseMs: 60_000 } }) };
}

describe('retry backoff', () => {
  it('doubles from the base, is capped, and jitters by at most a fifth', () => {
    expect(retryDelayMs(1, { baseMs: 1000 }, () => 0.5)).toBe(1000);
    expect(retryDelayMs(3, { baseMs: 1000 }, () => 0.5)).toBe(4000);
    expect(retryDelayMs(30, { baseMs: 1000, maxMs: 5000 }, () => 0.5)).toBe(5000);
    expect(retryDelayMs(1, { baseMs: 1000 }, () => 0)).toBe(800);
    expect(retryDelayMs(1, { baseMs: 1000 }, () => 0.999_999)).toBe(1200);
  });
});

describe.skipIf(unavailable)(`work queue on PostgreSQL${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  beforeAll(async () => {
    server = await startThrowawayPostgres();
  });
  afterAll(async () => {
    for (const p of pools) await p.end();
    server?.stop();
  });

  it('adds one job per key, and polls a source again only once its last poll finished', async () => {
    const { queue } = await fresh();
    expect(await queue.enqueue([doc('url:a'), doc('url:b'), doc('url:a')])).toEqual({ added: 2, known: 1 });
    expect(await queue.enqueue([doc('url:b'), doc('url:c')])).toEqual({ added: 1, known: 1 });
    const poll: JobSpec = { kind: 'source', key: 'source:https://x.example/feed', payload: {}, priority: 1 };
    expect((await queue.enqueue([poll])).added).toBe(1);
    expect((await queue.enqueue([poll])).added).toBe(0);
    const first = (await queue.claim('w', 60_000))!;
    expect(first.kind).toBe('source'); // polls go first
    expect((await queue.enqueue([poll])).added).toBe(0); // still running
    await queue.complete(first, { items: 0 });
    expect((await queue.enqueue([poll])).added).toBe(1);
    const s = await queue.stats();
    expect(s).toMatchObject({ pending: 4, running: 0, done: 1, failed: 0 });
    expect(s.oldestPendingSeconds).toBeGreaterThanOrEqual(0);
  });

  it('never hands one job to two claimers', async () => {
    const { queue } = await fresh();
    await queue.enqueue(Array.from({ length: 60 }, (_, i) => doc(`url:${i}`)));
    const claims = await Promise.all(Array.from({ length: 80 }, (_, i) => queue.claim(`w${i % 8}`, 60_000)));
    const ids = claims.filter((j): j is Job => j !== null).map((j) => j.id);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(await queue.claim('late', 60_000)).toBeNull();
  });

  it('returns a job whose lease ran out, and ignores the report of the worker that lost it', async () => {
    const { pool, queue } = await fresh();
    await queue.enqueue([doc('url:slow')]);
    const a = (await queue.claim('a', 60_000))!;
    expect(await queue.extend(a, 60_000)).toBe(true);
    await pool.query("UPDATE jobs SET lease_until = now() - interval '1 second'"); // as if `a` was killed a minute ago
    expect((await queue.stats()).expired).toBe(1);
    expect(await queue.releaseExpired()).toBe(1);
    const b = (await queue.claim('b', 60_000))!;
    expect(b).toMatchObject({ id: a.id, attempts: 2 });
    expect(await queue.complete(a, 'late')).toBe(false);
    expect(await queue.extend(a, 60_000)).toBe(false);
    expect(await queue.complete(b, 'ok')).toBe(true);
    const row = (await pool.query('SELECT state, result, payload FROM jobs')).rows[0];
    expect(row).toEqual({ state: 'done', result: 'ok', payload: null });
  });

  it('retries with a delay, keeps the error of a failed job, and puts failed jobs back on request', async () => {
    const { pool, queue } = await fresh();
    await queue.enqueue([{ ...doc('url:flaky'), maxAttempts: 2 }, doc('url:broken')]);
    const flaky = (await queue.claim('w', 60_000))!;
    expect(await queue.fail(flaky, 'timeout', 'timed out after 20 s', true)).toBe('retry');
    const s1 = await queue.stats();
    expect(s1).toMatchObject({ pending: 2, delayed: 1 });
    const broken = (await queue.claim('w', 60_000))!;
    expect(broken.key).toBe('url:broken'); // the delayed one waits
    expect(await queue.fail(broken, 'http-status', 'HTTP 404 Not Found', true)).toBe('retry');
    await pool.query("UPDATE jobs SET run_after = now() WHERE key = 'url:flaky'");
    const again = (await queue.claim('w', 60_000))!;
    expect(again).toMatchObject({ key: 'url:flaky', attempts: 2 });
    expect(await queue.fail(again, 'timeout', 'timed out again', true)).toBe('failed'); // out of tries
    const s2 = await queue.stats();
    expect(s2.failed).toBe(1);
    expect(s2.failures).toEqual([{ code: 'timeout', count: 1, example: 'timed out again' }]);
    expect(await queue.retryFailed('empty')).toBe(0);
    expect(await queue.retryFailed('timeout')).toBe(1);
    const back = (await queue.claim('w', 60_000))!;
    expect(back).toMatchObject({ key: 'url:flaky', attempts: 1 });
  });

  it('fails for good a job whose worker keeps dying, once its tries are used', async () => {
    const { pool, queue } = await fresh();
    await queue.enqueue([{ ...doc('url:poison'), maxAttempts: 1 }]);
    await queue.claim('w', 60_000);
    await pool.query("UPDATE jobs SET lease_until = now() - interval '1 second'");
    await queue.releaseExpired();
    const s = await queue.stats();
    expect(s).toMatchObject({ pending: 0, failed: 1 });
    expect(s.failures[0]).toMatchObject({ code: 'lease-expired' });
  });

  it('runs jobs in several slots until the queue is empty, each job once', async () => {
    const { queue } = await fresh();
    await queue.enqueue(Array.from({ length: 40 }, (_, i) => doc(`url:${i}`)));
    const seen: string[] = [];
    const summary = await runWorker({
      queue,
      workerId: 'test',
      concurrency: 4,
      untilEmpty: true,
      pollMs: 50,
      async handle(job) {
        seen.push(job.key);
        await new Promise((r) => setTimeout(r, 2));
        return job.key === 'url:13' ? { status: 'error', code: 'empty', error: 'no article text found', retry: false } : { status: 'done', result: null };
      },
    });
    expect(summary).toMatchObject({ done: 39, failed: 1, retried: 0, lost: 0 });
    expect(new Set(seen).size).toBe(40);
    expect(seen).toHaveLength(40);
  });

  it('finishes the job in hand when stopped, and leaves the rest pending', async () => {
    const { queue } = await fresh();
    await queue.enqueue(Array.from({ length: 10 }, (_, i) => doc(`url:${i}`)));
    const stop = new AbortController();
    let finished = 0;
    const summary = await runWorker({
      queue,
      workerId: 'test',
      signal: stop.signal,
      async handle() {
        stop.abort(); // SIGTERM arrives while the first job runs
        await new Promise((r) => setTimeout(r, 20));
        finished++;
        return { status: 'done', result: null };
      },
    });
    expect(finished).toBe(1);
    expect(summary.done).toBe(1);
    expect(await queue.stats()).toMatchObject({ pending: 9, running: 0, done: 1 });
  });
});
