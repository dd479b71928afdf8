// The HTTP API under load: requests/s and p50/p99 latency for GET /api/events (a few filter
// combinations) and weekly dyad series over ≥1 million synthetic events. The server runs as
// `dyad serve` in its own process; the load generator here first sends one request at a time (the
// service time), then keeps CONCURRENCY keep-alive connections busy for SECONDS per scenario. The
// machine's load average is printed with the figures: other work on the same cores shows up in them.
// Prints figures; asserts nothing. Needs `npm run build`.
import { spawn } from 'node:child_process';
import { Agent, get } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticEvents } from './synthetic-events.mjs';

const bin = fileURLToPath(new URL('../bin/dyad.mjs', import.meta.url));
const cpus = availableParallelism();
const CONCURRENCY = Number(process.env.DYAD_BENCH_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.DYAD_BENCH_SECONDS ?? 8);

// Each scenario rotates over several parameter values, so it is not one cached row set.
const DYADS = ['RUS:PRK', 'USA:CHN', 'ISR:IRN', 'UKR:RUS', 'IND:PAK', 'TUR:SYR'];
const SCENARIOS = [
  ['events, newest first, no filter', ['/api/events']],
  ['events, dyad (undirected)', DYADS.map((d) => `/api/events?dyad=${d}`)],
  ['events, actor + QuadClass 3,4', ['UKR', 'IRN', 'USA', 'PRK', 'VEN'].map((a) => `/api/events?actor=${a}&quadClass=3,4`)],
  ['events, actor, by salience', ['UKR', 'IRN', 'USA', 'PRK', 'VEN'].map((a) => `/api/events?actor=${a}&sort=salience`)],
  ['events, CAMEO root + year', ['19', '04', '11', '17'].map((c, i) => `/api/events?cameo=${c}&from=${2016 + i}-01-01&to=${2016 + i}-12-31`)],
  ['events, CAMEO root + year, by salience', ['19', '04', '11', '17'].map((c, i) => `/api/events?cameo=${c}&from=${2016 + i}-01-01&to=${2016 + i}-12-31&sort=salience`)],
  ['events, dyad + dates, page 2 (cursor)', null],
  ['dyad series, weekly', DYADS.map((d) => `/api/dyads/${d.replace(':', '/')}/series?interval=week`)],
];
// What the dashboard also asks for: aggregates over every event, shown for the record (no target).
const EXTRAS = [
  ['network, all time (dashboard)', ['/api/network?limit=300']],
  ['places, all time (map)', ['/api/places']],
];

function startServer(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--gazetteer', 'small'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const onData = (d) => {
      out += d;
      const m = /on (http:\/\/[^\s/]+)\//.exec(out);
      if (m) resolve({ child, url: m[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`dyad serve exited (${code}): ${out}`)));
  });
}

function request(agent, url) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    get(url, { agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - t0) / 1e6, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** CONCURRENCY loops sending requests back to back for `seconds`; latencies of the successful ones. */
async function load(base, paths, seconds, concurrency = CONCURRENCY) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const ms = [];
  let failed = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const r = await request(agent, base + paths[next++ % paths.length]);
        if (r.status === 200) ms.push(r.ms);
        else failed++;
      }
    }),
  );
  const wall = (performance.now() - t0) / 1000;
  agent.destroy();
  ms.sort((a, b) => a - b);
  const q = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))] ?? NaN;
  return { n: ms.length, failed, rps: ms.length / wall, p50: q(0.5), p99: q(0.99), max: ms[ms.length - 1] ?? NaN };
}

/** Second pages: the cursors of first pages, fetched once before the run. */
async function secondPages(base) {
  const agent = new Agent({ keepAlive: true });
  const out = [];
  for (const d of DYADS) {
    const path = `/api/events?dyad=${d}&from=2018-01-01`;
    const r = await request(agent, base + path);
    const cursor = JSON.parse(r.body.toString()).nextCursor;
    if (cursor) out.push(`${path}&cursor=${cursor}`);
  }
  agent.destroy();
  return out;
}

async function describe(path) {
  const db = new Database(path, { readonly: true });
  const n = (sql) => db.prepare(sql).pluck().get();
  const out = { events: n('SELECT count(*) FROM events'), articles: n('SELECT count(*) FROM articles'), seconds: 0 };
  db.close();
  return out;
}

export async function run(table) {
  const tmp = mkdtempSync(join(tmpdir(), 'dyad-bench-api-'));
  let server;
  try {
    // DYAD_BENCH_DB reuses a database written by an earlier run (it is kept), to time changes quickly.
    const reuse = process.env.DYAD_BENCH_DB;
    const db = reuse ?? join(tmp, 'synthetic.db');
    const syn = reuse && existsSync(reuse) ? await describe(reuse) : await writeSyntheticEvents(db, { events: Number(process.env.DYAD_BENCH_EVENTS ?? 1_000_000) });
    server = await startServer(db);
    const load0 = loadavg()[0];
    const rows = [
      ['data', `${syn.events.toLocaleString('en')} events over ${syn.articles.toLocaleString('en')} articles, ${syn.seconds ? `generated in ${syn.seconds.toFixed(0)} s` : `reused ${db}`}`],
      ['load', `1 request at a time for 3 s, then ${CONCURRENCY} keep-alive connections for ${SECONDS} s; machine load average ${load0.toFixed(1)} on ${cpus} cores`],
    ];
    const line = (r1, r) =>
      `alone p50 ${r1.p50.toFixed(1).padStart(6)} p99 ${r1.p99.toFixed(1).padStart(6)} ms  |  ${r.rps.toFixed(0).padStart(5)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   max ${r.max.toFixed(0)} ms${r.failed + r1.failed ? `   ${r.failed + r1.failed} FAILED` : ''}`;
    for (const [name, fixed] of SCENARIOS) {
      const paths = fixed ?? (await secondPages(server.url));
      await load(server.url, paths, 1); // warm the page and statement caches
      const alone = await load(server.url, paths, 3, 1);
      rows.push([name, line(alone, await load(server.url, paths, SECONDS))]);
    }
    // The server keeps these answers for 30 s (src/server/memo.ts): the first request pays the
    // aggregation, the ones after it within that time do not. Both are shown.
    for (const [name, paths] of EXTRAS) {
      const first = await load(server.url, paths, 0.001, 1);
      const again = await load(server.url, paths, 2, 1);
      rows.push([name, `first ${first.p50.toFixed(0).padStart(6)} ms, again within 30 s p50 ${again.p50.toFixed(1)} ms (${again.n} requests)`]);
    }
    rows.push(['load average after', loadavg()[0].toFixed(1)]);
    table(`HTTP API under load (dyad serve, SQLite, ${syn.events.toLocaleString('en')} synthetic events)`, rows);
  } finally {
    server?.child.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run((title, rows) => {
    console.log(`\n## ${title}`);
    const w = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
  });
}
