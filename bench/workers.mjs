// Workers on one PostgreSQL queue: articles/s with 1, 2 and 4 worker processes against one local
// PostgreSQL (a throwaway server with production durability: fsync and synchronous commit on), rows
// written per second, and where the time goes. Real news text from ../shared/eval when present (written
// to a temporary directory, never into the repo). Prints figures; asserts nothing. Needs
// `npm run build` and PostgreSQL binaries (skipped with a message otherwise).
//
// Throughput is measured on the database's clock from the first claim to the last finished job, so
// worker start-up (loading dictionaries and the gazetteer) does not count. Worker time is split into
// coding, extraction, store (duplicate checks and the article transaction, lock waits included),
// queue (claims and reports) and idle, from each worker's own timers; server time is the total
// execution time pg_stat_statements records.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { findPostgresBin, startThrowawayPostgres } from '../test/postgres/throwaway-server.mjs';
import { loadCorpus } from './corpus.mjs';

// DYAD_BENCH_BIN runs another build of the CLI (a copy, while others rebuild dist/ in a shared checkout).
const bin = process.env.DYAD_BENCH_BIN ?? fileURLToPath(new URL('../bin/dyad.mjs', import.meta.url));
const built = process.env.DYAD_BENCH_BIN ?? fileURLToPath(new URL('../dist/cli/commands/worker.js', import.meta.url));
const WORKERS = (process.env.DYAD_BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const ARTICLES = Number(process.env.DYAD_BENCH_WORKER_ARTICLES ?? 1000);
const TABLES = ['articles', 'events', 'event_mentions', 'entities', 'places', 'quotes', 'counts', 'lsh_bands', 'outlets', 'volume'];

function writeCorpus(dir, min) {
  const { articles, source } = loadCorpus(min);
  mkdirSync(dir, { recursive: true });
  const seen = new Set();
  for (const a of articles) {
    if (seen.has(a.text)) continue;
    seen.add(a.text);
    writeFileSync(join(dir, `${String(seen.size).padStart(6, '0')}.json`), JSON.stringify({ id: a.id, text: a.text, published: a.published ?? '2010-01-01' }));
  }
  return { files: seen.size, source };
}

function dyad(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`dyad ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

/** Starts `n` worker processes on the queue and waits for them; returns their summaries. */
async function workers(url, n) {
  const runs = Array.from({ length: n }, () => {
    const child = spawn(process.execPath, [bin, 'worker', '--db', url, '--until-empty', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    return new Promise((resolve, reject) =>
      child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()).summary) : reject(new Error(`worker exited ${code}: ${err}`)))),
    );
  });
  return Promise.all(runs);
}

async function measure(server, dir, n) {
  const url = await server.createDatabase();
  dyad('migrate', '--db', url);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const t0 = performance.now();
    const queued = JSON.parse(dyad('enqueue', dir, '--db', url, '--json'));
    const enqueueSeconds = (performance.now() - t0) / 1000;
    await db.query('SELECT pg_stat_statements_reset()');
    const lsn = (await db.query('SELECT pg_current_wal_lsn()::text AS l')).rows[0].l;
    const t1 = performance.now();
    const summaries = await workers(url, n);
    const wall = (performance.now() - t1) / 1000;
    const walBytes = (await db.query('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::float8 AS b', [lsn])).rows[0].b;
    await db.query('VACUUM');
    const dbBytes = (await db.query('SELECT pg_database_size(current_database())::float8 AS b')).rows[0].b;
    const span = (await db.query("SELECT extract(epoch FROM max(finished_at) - min(started_at))::float8 AS s, count(*) FILTER (WHERE state = 'done')::int AS done FROM jobs")).rows[0];
    const rows = {};
    for (const t of TABLES) rows[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n;
    const articles = rows.articles;
    const server_ = (await db.query("SELECT sum(total_exec_time)::float8 AS ms, sum(calls)::float8 AS calls FROM pg_stat_statements WHERE query !~* 'pg_stat_statements'")).rows[0];
    const t = Object.fromEntries(Object.keys(summaries[0].timings).map((k) => [k, summaries.reduce((s, x) => s + x.timings[k], 0)]));
    // Slot time: each worker runs `slots` jobs at once, so its timers add up to slots × its wall time.
    const workerMs = summaries.reduce((s, x) => s + x.seconds * 1000 * (x.slots ?? 1), 0);
    const cpuMs = summaries.reduce((s, x) => s + (x.cpuMs ?? 0), 0);
    return { n, queued, enqueueSeconds, wall, walBytes, dbBytes, span: span.s, done: span.done, articles, rows, serverMs: server_.ms, statements: server_.calls, t, workerMs, cpuMs };
  } finally {
    await db.end();
  }
}

const pct = (x, total) => `${Math.round((100 * x) / total)}%`;

export async function run(table) {
  if (!findPostgresBin()) {
    console.log('\n## workers on PostgreSQL: skipped (no PostgreSQL binaries; Debian: apt-get install -y postgresql)');
    return;
  }
  if (!existsSync(built)) {
    console.log('\n## workers on PostgreSQL: skipped (run `npm run build` first)');
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'dyad-bench-workers-'));
  const server = await startThrowawayPostgres({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on', shared_preload_libraries: 'pg_stat_statements', shared_buffers: '256MB' });
  try {
    const corpus = writeCorpus(join(tmp, 'news'), ARTICLES);
    const results = [];
    for (const n of WORKERS) results.push(await measure(server, join(tmp, 'news'), n));
    const base = results[0];
    const rate = (r) => r.articles / r.span;
    table(`workers on one local PostgreSQL (${corpus.source}; ${corpus.files} articles; ${cpus().length} cores shared by workers and server)`, [
      ['enqueue (local files → jobs), jobs/s', Math.round(base.queued.added / base.enqueueSeconds)],
      ...results.flatMap((r) => {
        const total = r.workerMs;
        return [
          [`${r.n} worker${r.n > 1 ? 's' : ''}: articles/s (first claim to last report)`, `${rate(r).toFixed(1)}  (×${(rate(r) / rate(base)).toFixed(2)} of one worker)`],
          [`${r.n} worker${r.n > 1 ? 's' : ''}: rows written/s (all tables)`, Math.round(Object.values(r.rows).reduce((a, b) => a + b, 0) / r.span)],
          [
            `${r.n} worker${r.n > 1 ? 's' : ''}: job slot time (2 slots per worker)`,
            `coding ${pct(r.t.coding, total)}, extract ${pct(r.t.extract, total)}, store ${pct(r.t.store, total)}, queue ${pct(r.t.queue, total)}, idle ${pct(r.t.idle, total)}, other ${pct(Math.max(0, total - Object.values(r.t).reduce((a, b) => a + b, 0)), total)}`,
          ],
          [`${r.n} worker${r.n > 1 ? 's' : ''}: worker CPU per article (start-up excluded), ms`, (r.cpuMs / r.articles).toFixed(1)],
          [`${r.n} worker${r.n > 1 ? 's' : ''}: server execution per article, ms (${Math.round(r.statements / r.articles)} statements)`, (r.serverMs / r.articles).toFixed(2)],
        ];
      }),
      ['WAL written per article, KB', (base.walBytes / base.articles / 1024).toFixed(1)],
      ['database size per 1,000 articles after VACUUM (jobs table included), MB', ((base.dbBytes / base.articles) * 1000 / 1e6).toFixed(1)],
      ['rows per article (articles, events, mentions, …)', TABLES.map((k) => `${k} ${(base.rows[k] / base.articles).toFixed(2)}`).join(', ')],
    ]);
  } finally {
    server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run((title, rows) => {
    console.log(`\n## ${title}`);
    const w = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
  });
}
