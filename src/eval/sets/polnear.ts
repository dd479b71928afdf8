import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalSet } from '../eval-set.js';
import { onePerArticle, readBratAttributions } from './polnear-reader.js';
import { type PolnearArticle, scorePolnear } from './polnear-score.js';

const DIR = 'polnear/dev';

/**
 * PolNeAR development articles (2016 US election coverage) with their attribution annotations:
 * who said what, with the cue. Each article is coded whole, with its publication date from
 * metadata.tsv when present; our quotations are scored against the annotated contents, cues and
 * sources (see polnear-score.ts).
 */
export const polnear: EvalSet = {
  name: 'polnear',
  requires: [`${DIR}/text`, `${DIR}/attributions`],
  run(ctx) {
    const articles = readPolnear(ctx.evalDir);
    return scorePolnear(articles, (a) => ctx.coder.code({ id: a.id, text: a.text, ...(a.published ? { published: a.published } : {}) }), ctx.wantMisses);
  },
};

export function readPolnear(evalDir: string): PolnearArticle[] {
  const dir = join(evalDir, DIR);
  const dates = publicationDates(join(evalDir, 'polnear/metadata.tsv'));
  const files = onePerArticle(readdirSync(join(dir, 'attributions')));
  const out: PolnearArticle[] = [];
  for (const [id, file] of files) {
    const textFile = join(dir, 'text', `${id}.txt`);
    if (!existsSync(textFile)) continue;
    const gold = readBratAttributions(readFileSync(join(dir, 'attributions', file), 'utf8'), file);
    const published = dates.get(id);
    out.push({ id, text: readFileSync(textFile, 'utf8'), gold, ...(published ? { published } : {}) });
  }
  return out;
}

/** filename → publication_date from metadata.tsv, found by its header. */
function publicationDates(file: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  const [header, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/);
  const cols = (header ?? '').split('\t');
  const name = cols.indexOf('filename');
  const date = cols.indexOf('publication_date');
  if (name < 0 || date < 0) return out;
  for (const row of rows) {
    const f = row.split('\t');
    if (f[name] && /^\d{4}-\d{2}-\d{2}$/.test(f[date] ?? '')) out.set(f[name]!, f[date]!);
  }
  return out;
}
