// Coder throughput on one core: articles/s, MB/s, peak RSS, next to a bare regex tokenizer over
// the same text (the floor). Prints figures; asserts nothing.
import { createCoder } from '../dist/core/index.js';
import { loadGazetteer } from '../dist/node/gazetteer.js';
import { loadCorpus } from './corpus.mjs';

export async function benchCoder({ min = 500 } = {}) {
  const { articles, source } = loadCorpus(min);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const mb = bytes / 1e6;
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

  const t0 = performance.now();
  const gazetteer = await loadGazetteer('full');
  const coder = createCoder(gazetteer ? { gazetteer } : {});
  coder.code({ text: 'Warm-up: Russia said on Monday it had detained 50 people in Kherson.', published: '2022-08-16' });
  const setupMs = performance.now() - t0;
  sample();

  let events = 0;
  const t1 = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    events += coder.code({ text: a.text, published: a.published ?? '2010-01-01' }).events.length;
    if (i % 50 === 0) sample();
  }
  const codeMs = performance.now() - t1;
  sample();

  const t2 = performance.now();
  let tokens = 0;
  for (let r = 0; r < 5; r++) for (const a of articles) tokens += (a.text.match(/\w+|[^\s\w]/g) ?? []).length;
  const regexMs = (performance.now() - t2) / 5;

  return {
    source,
    articles: articles.length,
    mb: +mb.toFixed(2),
    setupMs: Math.round(setupMs),
    articlesPerSec: +(articles.length / (codeMs / 1000)).toFixed(1),
    mbPerSec: +(mb / (codeMs / 1000)).toFixed(2),
    msPerArticle: +(codeMs / articles.length).toFixed(2),
    events,
    peakRssMb: Math.round(peak / 1e6),
    regexFloorMbPerSec: +(mb / (regexMs / 1000)).toFixed(1),
    regexTokens: tokens / 5,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchCoder();
  console.log(JSON.stringify(r, null, 2));
}
