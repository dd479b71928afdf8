import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodedEvent } from '../../core/index.js';
import { codeItem } from '../code-item.js';
import type { EvalMiss, EvalResult, EvalRow, EvalSet } from '../eval-set.js';
import { ClassTally, type Counts, emptyCounts, f1, precision, recall } from '../metrics.js';
import { describeEvent, ruleIdsOf } from '../primary-event.js';
import { type ClassItem, type NerSentence, readBio, readClassTsv } from './conflibert-reader.js';
import { PENTA_CLASSES, pentaClass } from './penta-class.js';

const CLASS_FILE = 'conflibert-cameo/cameo_class/test.tsv';
const NER_FILE = 'conflibert-cameo/cameo_ner/test.txt';

/** ConfliBERT CAMEO sentences: PentaClass of our primary event (test file). */
export const conflibertClass: EvalSet = {
  name: 'conflibert-class',
  requires: [CLASS_FILE],
  run(ctx) {
    return scorePenta(readClassTsv(readFileSync(join(ctx.evalDir, CLASS_FILE), 'utf8')), (t) => codeItem(ctx.coder, t).primary, ctx.wantMisses);
  },
};

/** ConfliBERT CAMEO sentences with BIO actor tags: source and target spans of our primary event. */
export const conflibertSpans: EvalSet = {
  name: 'conflibert-spans',
  requires: [NER_FILE],
  run(ctx) {
    return scoreSpans(readBio(readFileSync(join(ctx.evalDir, NER_FILE), 'utf8')), (t) => codeItem(ctx.coder, t).group, ctx.wantMisses);
  },
};

const CLASS_NAMES = ['statement', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function scorePenta(items: ClassItem[], code: (text: string) => CodedEvent | null, wantMisses = true): EvalResult {
  const tally = new ClassTally();
  const misses: EvalMiss[] = [];
  let none = 0;
  items.forEach((it, i) => {
    const e = code(it.text);
    const ours = e ? pentaClass(e.cameo.root) : null;
    if (!e) none++;
    tally.add(it.label, ours);
    if (wantMisses && ours !== it.label) {
      misses.push({ set: 'conflibert-class', id: `test.tsv:${i + 1}`, text: it.text, gold: `${it.label} ${CLASS_NAMES[Number(it.label)] ?? ''}`, ours: `${ours ?? '-'} ${describeEvent(e)}`, ruleIds: ruleIdsOf(e), severity: ours === null ? 1 : 2 });
    }
  });
  const perClass = PENTA_CLASSES.map((c) => `${c}:${(f1(tally.byClass.get(c) ?? emptyCounts()) ?? 0).toFixed(2)}`).join(' ');
  return {
    rows: [
      { set: 'conflibert-class', metric: 'PentaClass macro-F1', items: tally.items, f1: tally.macroF1([...PENTA_CLASSES]), note: `per class F1 ${perClass}` },
      { set: 'conflibert-class', metric: 'PentaClass accuracy', items: tally.items, accuracy: tally.accuracy(), note: `${none} sentences with no event of ours` },
    ],
    misses,
  };
}

type Role = 'source' | 'target';

/**
 * Span F1 per role. Gold R spans (an actor that is both source and target of a reciprocal
 * event) count as gold for both roles. "exact" needs the same characters; "overlap" counts a
 * span as found when a span of ours of that role shares a character with it (and the other way
 * round for precision).
 */
export function scoreSpans(sentences: NerSentence[], code: (text: string) => CodedEvent[], wantMisses = true): EvalResult {
  const exact: Record<Role, Counts> = { source: emptyCounts(), target: emptyCounts() };
  const overlap: Record<Role, Counts> = { source: emptyCounts(), target: emptyCounts() };
  const misses: EvalMiss[] = [];
  sentences.forEach((s, i) => {
    const events = code(s.text);
    let wrong = 0;
    for (const role of ['source', 'target'] as const) {
      const letter = role === 'source' ? 'S' : 'T';
      const gold = s.spans.filter((x) => x.role === letter || x.role === 'R');
      const ours = dedupe(events.map((e) => e[role]).filter((a): a is NonNullable<typeof a> => !!a && a.end > a.start));
      const key = (x: { start: number; end: number }) => `${x.start}-${x.end}`;
      const goldKeys = new Set(gold.map(key));
      const ourKeys = new Set(ours.map(key));
      for (const k of ourKeys) goldKeys.has(k) ? exact[role].tp++ : exact[role].fp++;
      for (const k of goldKeys) if (!ourKeys.has(k)) exact[role].fn++;
      const meets = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      for (const o of ours) gold.some((g) => meets(o, g)) ? overlap[role].tp++ : overlap[role].fp++;
      for (const g of gold) if (!ours.some((o) => meets(o, g))) overlap[role].fn++;
      wrong += [...goldKeys].filter((k) => !ourKeys.has(k)).length + [...ourKeys].filter((k) => !goldKeys.has(k)).length;
    }
    if (wantMisses && wrong) {
      const show = (xs: { role: string; text: string }[]) => xs.map((x) => `${x.role}:"${x.text}"`).join(' ') || '(none)';
      const ours = events.flatMap((e) => [e.source && { role: 'S', text: s.text.slice(e.source.start, e.source.end) }, e.target && { role: 'T', text: s.text.slice(e.target.start, e.target.end) }]).filter((x): x is { role: string; text: string } => !!x);
      misses.push({ set: 'conflibert-spans', id: `test.txt#${i + 1}`, text: s.text, gold: show(s.spans), ours: `${show(ours)} ${describeEvent(events[0] ?? null)}`, ruleIds: ruleIdsOf(events[0] ?? null), severity: wrong });
    }
  });
  const row = (metric: string, c: Counts): EvalRow => ({ set: 'conflibert-spans', metric, items: sentences.length, precision: precision(c), recall: recall(c), f1: f1(c) });
  return {
    rows: [row('source span (exact)', exact.source), row('source span (overlap)', overlap.source), row('target span (exact)', exact.target), row('target span (overlap)', overlap.target)],
    misses,
  };
}

function dedupe<T extends { start: number; end: number }>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.start}-${x.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
