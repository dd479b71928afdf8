// Real news text for benchmarks: LGL and GeoVirus articles and TimeBank/AQUAINT documents from
// ../shared/eval (read here, never copied into the repo), or the bundled examples when absent.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function findEvalDir() {
  for (const d of [process.env.DYAD_EVAL_DIR, join(root, '../shared/eval'), join(process.cwd(), '../shared/eval')]) {
    if (d && existsSync(d)) return d;
  }
  return null;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Articles as { id, text, published? }, at least `min` of them (examples are repeated if needed). */
export function loadCorpus(min = 500) {
  const dir = findEvalDir();
  const out = [];
  if (dir) {
    const lgl = readFileSync(join(dir, 'geoparsing-gritta/lgl.xml'), 'utf8');
    for (const m of lgl.matchAll(/<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/g)) out.push({ id: `lgl-${out.length}`, text: m[1] });
    const gv = readFileSync(join(dir, 'geoparsing-gritta/GeoVirus.xml'), 'utf8');
    for (const m of gv.matchAll(/<text>([\s\S]*?)<\/text>/g)) out.push({ id: `gv-${out.length}`, text: unescape(m[1]) });
    for (const sub of ['TimeBank', 'AQUAINT']) {
      const d = join(dir, 'tbaq-cleaned', sub);
      for (const f of readdirSync(d).filter((f) => f.endsWith('.tml'))) {
        const x = readFileSync(join(d, f), 'utf8');
        const dct = /value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"/.exec(x)?.[1];
        const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(x)?.[1] ?? '';
        out.push({ id: f, text: unescape(body.replace(/<[^>]+>/g, '')), ...(dct ? { published: dct } : {}) });
      }
    }
  }
  const source = dir ? 'LGL + GeoVirus + TimeBank/AQUAINT (../shared/eval)' : 'bundled examples (../shared absent)';
  if (!out.length) {
    const ex = join(root, 'examples/articles');
    for (const f of readdirSync(ex)) out.push(JSON.parse(readFileSync(join(ex, f), 'utf8')));
  }
  const base = out.length;
  for (let i = 0; out.length < min; i++) out.push({ ...out[i % base], id: `${out[i % base].id}#${i}` });
  return { articles: out, source };
}
