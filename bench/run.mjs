// npm run bench: every benchmark, one after another, printing figures. Nothing here asserts on time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchCoder } from './coder.mjs';

const here = (f) => fileURLToPath(new URL(f, import.meta.url));
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

function table(title, rows) {
  console.log(`\n## ${title}`);
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`  ${k.padEnd(w)}  ${v}`);
}

if (want('coder')) {
  const r = await benchCoder();
  table(`coder, one core (${r.source})`, [
    ['articles', r.articles],
    ['text MB', r.mb],
    ['setup (dictionaries + gazetteer) ms', r.setupMs],
    ['articles/s', r.articlesPerSec],
    ['MB/s', r.mbPerSec],
    ['ms/article', r.msPerArticle],
    ['events coded', r.events],
    ['peak RSS MB', r.peakRssMb],
    ['regex tokenizer floor MB/s', r.regexFloorMbPerSec],
  ]);
}

// Later benchmarks (ingestion, API, workers) register themselves as bench/<name>.mjs exporting run().
for (const name of ['ingest', 'api', 'workers']) {
  if (!want(name) || !existsSync(here(`./${name}.mjs`))) continue;
  const mod = await import(`./${name}.mjs`);
  if (typeof mod.run === 'function') await mod.run(table);
}
