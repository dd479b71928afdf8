import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodedArticle } from '../../core/index.js';
import { importPetrarch } from '../../core/dictionaries/petrarch/index.js';
import type { EvalMiss, EvalResult, EvalRow, EvalSet } from '../eval-set.js';
import { addBags, emptyCounts, f1, precision, recall } from '../metrics.js';
import { type PetrarchRecord, readPetrarchRecords, requiresDyad } from './petrarch-records.js';

const DIR = 'petrarch2-unittest';
const RECORDS = `${DIR}/PETR.UnitTest.records.xml`;
const DICTIONARIES = ['actors', 'agents', 'verbs', 'discards'].map((k) => `${DIR}/PETR.Validate.${k}.txt`);
const NAME = 'petrarch-unittest';

/** Records that test PETRARCH's handling of its own input (its parse trees, datelines): not about coding. */
const NOT_APPLICABLE = new Set(['bad_input_parse', 'dateline']);

/**
 * PETRARCH's unit-test records, coded with their own fictional dictionaries (PETR.Validate.*)
 * loaded through our importer in place of ours. A record is right when our (source, target,
 * code) triples are exactly its expected ones; records that expect a discard expect no event.
 */
export const petrarchUnittest: EvalSet = {
  name: NAME,
  requires: [RECORDS, ...DICTIONARIES],
  run(ctx) {
    const imported = importPetrarch(
      DICTIONARIES.map((f) => ({ path: f.split('/').pop()!, text: readFileSync(join(ctx.evalDir, f), 'utf8') })),
      // PETRARCH codes what its patterns say, whatever the mood: no 'will attack' → 138.
      { literalCodes: true },
    );
    const coder = ctx.makeCoder({ dictionaries: [imported.files], replaceDefaults: true });
    const result = scoreExactTriples(NAME, readPetrarchRecords(readFileSync(join(ctx.evalDir, RECORDS), 'utf8')), (r) => coder.code({ text: r.text, ...(r.date ? { published: r.date } : {}) }), ctx.wantMisses);
    result.rows.push({ set: NAME, metric: 'dictionary import notes', items: imported.notes.length, note: `most frequent: ${imported.summary.slice(0, 3).map((s) => `${s.construct} ${s.count}`).join(', ')}` });
    return result;
  },
};

/**
 * PETRARCH writes a missing country as `---` ("---REL": clerics of no known country; "---":
 * no actor); we write the roles alone and no actor as `-`. Same meaning, so both read the same.
 */
export const normalizeActor = (code: string) => (/^-+$/.test(code) || !code ? '-' : code.replace(/^---/, ''));
const triple = (s: string, t: string, c: string) => `${normalizeActor(s)} ${normalizeActor(t)} ${c}`;

/** Exact (source, target, code) triples: records coded exactly, triple P/R/F1, and exactness per category. */
export function scoreExactTriples(name: string, records: PetrarchRecord[], code: (r: PetrarchRecord) => Pick<CodedArticle, 'events'>, wantMisses = true): EvalResult {
  const counts = emptyCounts();
  const byCategory = new Map<string, { n: number; ok: number }>();
  const misses: EvalMiss[] = [];
  let scored = 0;
  let exact = 0;
  let skipped = 0;
  for (const r of records) {
    if (r.error && NOT_APPLICABLE.has(r.error)) {
      skipped++;
      continue;
    }
    const gold = r.codings.map((c) => triple(c.source, c.target, c.code));
    // PETRARCH reports only two-sided events unless the record's config says require_dyad=false.
    const events = code(r).events.filter((e) => !requiresDyad(r) || (normalizeActor(e.source?.code ?? '') !== '-' && normalizeActor(e.target?.code ?? '') !== '-'));
    const ours = events.map((e) => triple(e.source?.code ?? '', e.target?.code ?? '', e.cameo.code));
    const before = { ...counts };
    addBags(counts, gold, ours);
    const ok = counts.fp === before.fp && counts.fn === before.fn;
    scored++;
    if (ok) exact++;
    const cat = byCategory.get(r.category) ?? { n: 0, ok: 0 };
    cat.n++;
    if (ok) cat.ok++;
    byCategory.set(r.category, cat);
    if (wantMisses && !ok) {
      misses.push({
        set: name,
        id: `${r.id} (${r.category})`,
        text: r.text,
        gold: gold.length ? gold.join('; ') : r.error ? `no event (${r.error})` : 'no event',
        ours: ours.length ? ours.join('; ') : 'no event',
        ruleIds: [...new Set(events.flatMap((e) => [...e.ruleIds, ...(e.source?.ruleIds ?? []), ...(e.target?.ruleIds ?? [])]))],
        severity: counts.fp - before.fp + (counts.fn - before.fn),
      });
    }
  }
  const rows: EvalRow[] = [
    { set: name, metric: 'records coded exactly', items: scored, accuracy: scored ? exact / scored : undefined, ...(skipped ? { note: `${skipped} records about PETRARCH's input handling not scored` } : {}) },
    { set: name, metric: '(source, target, code) triples', items: scored, precision: precision(counts), recall: recall(counts), f1: f1(counts) },
  ];
  for (const [cat, c] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    rows.push({ set: name, metric: `  exact, category ${cat || '(none)'}`, items: c.n, accuracy: c.ok / c.n });
  }
  return { rows, misses };
}
