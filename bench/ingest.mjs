// Ingestion into SQLite: articles/s from a directory of real news (../shared/eval text written to a
// temporary directory, never into the repo), database size per 1,000 articles, and query times over
// ≥1 million synthetic events. Prints figures; asserts nothing. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../dist/stores/sqlite/index.js';
import { loadCorpus } from './corpus.mjs';
import { writeSyntheticEvents } from './synthetic-events.mjs';

const bin = fileURLToPath(new URL('../bin/dyad.mjs', import.meta.url));

/** Distinct articles written as JSON files; returns their number. */
function writeCorpus(dir, min) {
  const { articles, source } = loadCorpus(min);
  mkdirSync(dir, { recursive: true });
  const seen = new Set();
  for (const a of articles) {
    if (seen.has(a.text)) continue;
    seen.add(a.text);
    writeFileSync(join(dir, `${String(seen.size).padStart(6, '0')}.json`), JSON.stringify({ id: a.id, text: a.text, published: a.published ?? '2010-01-01' }));
  }
  return { files: seen.size, source, mb: [...seen].reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6 };
}

function ingestRun(dir, db, threads) {
  rmSync(db, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'ingest', dir, '--db', db, '--threads', String(threads), '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  const { summary } = JSON.parse(r.stdout.trim().split('\n').pop());
  return { ...summary, wall, bytes: statSync(db).size };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(fn, runs = 7) {
  await fn(); // warm the page cache and the statement cache
  const ms = [];
  let out;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    out = await fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), out };
}

export async function run(table) {
  const tmp = mkdtempSync(join(tmpdir(), 'dyad-bench-ingest-'));
  try {
    const corpus = writeCorpus(join(tmp, 'news'), 1000);
    const one = ingestRun(join(tmp, 'news'), join(tmp, 'one.db'), 0);
    const pool = ingestRun(join(tmp, 'news'), join(tmp, 'pool.db'), 1);
    const stored = one.stored + one.copies;
    table(`ingest into SQLite (${corpus.source})`, [
      ['articles in directory', corpus.files],
      ['text MB', corpus.mb.toFixed(2)],
      ['stored / copies / failed', `${one.stored} / ${one.copies} / ${one.failed}`],
      ['articles/s, one core (--threads 0)', one.articlesPerSecond],
      ['articles per CPU-second, one core', (stored / one.cpuSeconds).toFixed(1)],
      ['articles/s, extract+code in 1 worker thread', pool.articlesPerSecond],
      ['articles per CPU-second, 1 worker thread', ((pool.stored + pool.copies) / pool.cpuSeconds).toFixed(1)],
      ['wall s incl. start-up, one core / worker', `${one.wall.toFixed(1)} / ${pool.wall.toFixed(1)}`],
      ['load average during the runs (2 cores)', loadavg().map((x) => x.toFixed(1)).join(' ')],
      ['event mentions stored', one.mentions],
      ['database MB per 1,000 articles', ((one.bytes / 1e6) * (1000 / stored)).toFixed(1)],
    ]);

    const synPath = join(tmp, 'synthetic.db');
    const syn = await writeSyntheticEvents(synPath, { events: Number(process.env.DYAD_BENCH_EVENTS ?? 1_000_000) });
    const store = await openSqliteStore(synPath);
    const dyad = { a: 'RUS', b: 'PRK' };
    const page = await timed(() => store.events({ dyad }));
    const dated = await timed(() => store.events({ dyad, from: '2022-01-01' }));
    const count = await timed(async () => {
      let n = 0;
      for (const p of await store.dyadSeries({ ...dyad, interval: 'month' })) n += p.total.events;
      return n;
    }, 1);
    const weekly = await timed(() => store.dyadSeries({ ...dyad, interval: 'week' }));
    const big = await timed(() => store.dyadSeries({ a: 'USA', b: 'CHN', interval: 'week' }));
    const bigCount = big.out.reduce((n, p) => n + p.total.events, 0);
    const actor = await timed(() => store.events({ actor: 'UKR', sort: 'salience' }));
    const net = await timed(() => store.network({ from: '2024-01-01', minEvents: 5 }), 3);
    const places = await timed(() => store.places({ from: '2024-01-01' }), 3);
    await store.close();
    const cliT = performance.now();
    const cli = spawnSync(process.execPath, [bin, 'events', '--dyad', 'RUS:PRK', '--db', synPath, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const cliMs = performance.now() - cliT;
    if (cli.status !== 0) throw new Error(cli.stderr);
    table(`queries over ${syn.events.toLocaleString('en')} synthetic events (SQLite, median of 7)`, [
      ['generated in s', syn.seconds.toFixed(1)],
      ['database MB', (statSync(synPath).size / 1e6).toFixed(0)],
      [`events --dyad RUS:PRK, first page of 50 (${count.out} events)`, `${page.ms.toFixed(1)} ms`],
      ['events --dyad RUS:PRK --from 2022-01-01', `${dated.ms.toFixed(1)} ms`],
      ['dyad series RUS:PRK, weekly', `${weekly.ms.toFixed(1)} ms (${weekly.out.length} weeks)`],
      [`dyad series USA:CHN, weekly (${bigCount} events)`, `${big.ms.toFixed(1)} ms`],
      ['events --actor UKR by salience, first page', `${actor.ms.toFixed(1)} ms`],
      ['network since 2024-01-01, minEvents 5', `${net.ms.toFixed(1)} ms (${net.out.edges.length} edges)`],
      ['places since 2024-01-01', `${places.ms.toFixed(1)} ms`],
      ['`dyad events --dyad RUS:PRK` CLI wall (node start-up included)', `${cliMs.toFixed(0)} ms`],
    ]);
  } finally {
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
