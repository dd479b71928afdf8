// Many workers on one queue, end to end through the CLI: one worker codes a queue of a few hundred
// generated articles into the same database `dyad ingest` builds in SQLite; three workers on the same
// queue, one of them killed with SIGKILL while it holds a job, build that database again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createPool, openPostgresStore } from '../../src/stores/postgres/index.js';
import { ALL, build, SUMMIT, SUMMIT_COPY } from '../stores/fixtures.js';
import { snapshot } from '../ingest/db-snapshot.js';
import { generateArticles, type GeneratedSet } from '../ingest/generate-articles.js';
import { comparable, copyLinks, orderFree, pgSnapshot } from './pg-snapshot.js';
import { postgresUnavailable, startThrowawayPostgres, type ThrowawayPostgres } from './throwaway.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
// DYAD_TEST_BIN points the test at another build (while others rebuild dist/ in a shared checkout).
const bin = process.env.DYAD_TEST_BIN ?? join(repo, 'bin/dyad.mjs');
const built = existsSync(join(repo, 'dist/cli/commands/worker.js')) || !!process.env.DYAD_TEST_BIN;
const unavailable = postgresUnavailable() ?? (built ? null : 'run `npm run build` first; npm test builds');
const root = mkdtempSync(join(tmpdir(), 'dyad-workers-'));
const CODER = ['--gazetteer', 'small'];

const dyad = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
const exited = (child: ChildProcess) => new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

describe.skipIf(unavailable)(`workers on one PostgreSQL queue${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let server: ThrowawayPostgres;
  let set: GeneratedSet;
  const pools: pg.Pool[] = [];
  const pool = (url: string) => {
    const p = createPool(url, { max: 2 });
    pools.push(p);
    return p;
  };
  const count = async (p: pg.Pool, sql: string, params: unknown[] = []) => ((await p.query(sql, params)).rows[0] as { n: number }).n;

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    set = generateArticles(join(root, 'news'), 300, 11);
  });
  afterAll(async () => {
    for (const p of pools) await p.end();
    server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** The queue coded by one worker, once for both tests. */
  let singleRun: Promise<{ url: string; added: number; known: number; worker: ReturnType<typeof dyad> }> | null = null;
  const oneWorker = () =>
    (singleRun ??= (async () => {
      const url = await server.createDatabase();
      const enq = dyad('enqueue', set.dir, '--db', url, '--json');
      if (enq.status !== 0) throw new Error(enq.stderr);
      const { added, known } = JSON.parse(enq.stdout.trim()) as { added: number; known: number };
      return { url, added, known, worker: dyad('worker', '--db', url, '--until-empty', '--quiet', ...CODER) };
    })());

  it('one worker codes the queue into the database `dyad ingest` builds in SQLite', async () => {
    const { url: single, added, known, worker: run } = await oneWorker();
    expect(added).toBeGreaterThan(250);
    const again = dyad('enqueue', set.dir, '--db', single, '--json');
    expect(JSON.parse(again.stdout.trim())).toMatchObject({ added: 0, known: added + known });
    expect(run.status, run.stderr).toBe(0);
    const q = JSON.parse(dyad('queue', '--db', single, '--json').stdout);
    expect(q).toMatchObject({ pending: 0, running: 0, done: added, failed: 0 });

    const sqlite = join(root, 'reference.db');
    const ingest = dyad('ingest', set.dir, '--db', sqlite, '--threads', '0', '--quiet', ...CODER);
    expect(ingest.status, ingest.stderr).toBe(0);
    const pgSnap = await pgSnapshot(single);
    const reference = snapshot(sqlite);
    expect(pgSnap.articles).toHaveLength(set.distinct);
    // One worker keeps two jobs in flight, so two near-duplicates may commit in either order.
    expect(copyLinks(pgSnap).size).toBe(copyLinks(reference).size);
    const [ours, theirs] = comparable(pgSnap, reference);
    expect(ours).toEqual(theirs);
  }, 420_000); // a loaded 2-core machine has needed more than 3 minutes; this is a hang guard, not a time limit

  it('the order-free comparison forgives which of two syndicated copies came first, and nothing else', async () => {
    const fill = async (first: typeof SUMMIT, second: typeof SUMMIT) => {
      const url = await server.createDatabase();
      const store = await openPostgresStore(url);
      for (const spec of [first, second, ...ALL]) await store.putArticle(build(spec));
      await store.close();
      return pgSnapshot(url);
    };
    const a = await fill(SUMMIT, SUMMIT_COPY);
    const b = await fill(SUMMIT_COPY, SUMMIT);
    expect(a).not.toEqual(b);
    expect(orderFree(a)).toEqual(orderFree(b));
    const c = await fill(SUMMIT, SUMMIT_COPY);
    c.events = c.events.slice(1);
    expect(orderFree(c)).not.toEqual(orderFree(a));
  });

  it('three workers, one killed with SIGKILL in the middle of a job, end with the same database', async () => {
    const url = await server.createDatabase();
    const db = pool(url);
    expect(dyad('enqueue', set.dir, '--db', url, '--json').status).toBe(0);
    const total = await count(db, 'SELECT count(*) AS n FROM jobs');

    const workers = [0, 1, 2].map(() => spawn(process.execPath, [bin, 'worker', '--db', url, '--until-empty', '--lease', '2s', '--json', ...CODER], { cwd: root }));
    const endings = workers.map(exited);
    const [victim, ...survivors] = workers as [ChildProcess, ...ChildProcess[]];
    const victimJobs = () => db.query<{ id: number }>("SELECT id FROM jobs WHERE state = 'running' AND worker LIKE $1", [`%:${victim.pid}/%`]);

    // Once a good part of the queue is stored, freeze the victim (SIGSTOP) to read exactly the jobs it
    // holds at that instant, then kill it: those jobs die in the middle, whatever stage they were at.
    const deadline = Date.now() + 90_000;
    let held: number[] = [];
    while (Date.now() < deadline && victim.exitCode === null && !held.length) {
      if ((await count(db, 'SELECT count(*) AS n FROM articles')) >= 40) {
        victim.kill('SIGSTOP');
        held = (await victimJobs()).rows.map((r) => r.id);
        if (!held.length) victim.kill('SIGCONT');
      }
      if (!held.length) await new Promise((r) => setTimeout(r, 5));
    }
    victim.kill('SIGKILL');
    expect((await endings[0])!.signal).toBe('SIGKILL');
    expect(held.length, 'the victim must be killed while it holds a job').toBeGreaterThan(0);
    const doneAtKill = await count(db, "SELECT count(*) AS n FROM jobs WHERE state = 'done'");
    expect(doneAtKill, 'the run finished before the victim could be killed').toBeLessThan(total);

    for (const [i, ending] of endings.slice(1).entries()) expect((await ending).code, `survivor ${i + 1}`).toBe(0);
    expect(survivors.every((s) => s.exitCode === 0)).toBe(true);
    const rerun = await db.query<{ state: string; attempts: number }>('SELECT state, attempts FROM jobs WHERE id = ANY($1::bigint[])', [held]);
    expect(rerun.rows).toHaveLength(held.length);
    for (const r of rerun.rows) expect(r).toMatchObject({ state: 'done', attempts: 2 });
    expect(await count(db, "SELECT count(*) AS n FROM jobs WHERE state <> 'done'")).toBe(0);

    const reference = await pgSnapshot((await oneWorker()).url);
    const multi = await pgSnapshot(url);
    expect(multi.articles).toHaveLength(set.distinct);
    expect(copyLinks(multi).size).toBe(copyLinks(reference).size);
    // Two near-duplicates coded at the same moment on two workers: whichever commits first is the
    // original, as with any parallel run. Everything else must be exactly the same.
    const [ours, theirs] = comparable(multi, reference);
    expect(ours).toEqual(theirs);
  }, 420_000); // a loaded 2-core machine has needed more than 3 minutes; this is a hang guard, not a time limit
});
