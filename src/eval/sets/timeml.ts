import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../../core/coder.js';
import type { DateExpression } from '../../core/model/time.js';
import { datesStage } from '../../core/stages/dates/index.js';
import { tokenizeStage } from '../../core/stages/tokenize/index.js';
import type { EvalMiss, EvalResult, EvalRow, EvalSet } from '../eval-set.js';
import { type Counts, emptyCounts, f1, precision, recall } from '../metrics.js';
import { readTimeml, type TimemlDoc, type Timex } from './timeml-reader.js';

const NAME = 'timeml-tbaq';
const DIRS = ['tbaq-cleaned/TimeBank', 'tbaq-cleaned/AQUAINT'];
/** Gold values our dates can hold: a day, a month or a year. */
const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * TimeBank and AQUAINT (TempEval-3 TBAQ-cleaned): our date expressions against the gold TIMEX3
 * of type DATE, each document coded with its creation time as the publication date. Only the
 * tokenizer and the dates stage run.
 */
export const timemlTbaq: EvalSet = {
  name: NAME,
  requires: DIRS,
  run(ctx) {
    const docs = DIRS.flatMap((dir) =>
      readdirSync(join(ctx.evalDir, dir))
        .filter((f) => f.endsWith('.tml'))
        .sort()
        .map((f) => readTimeml(readFileSync(join(ctx.evalDir, dir, f), 'utf8'), f)),
    );
    // Dates need no dictionaries: the codebook alone loads fastest.
    const coder = createCoder({ stages: [tokenizeStage, datesStage], replaceDefaults: true });
    return scoreTimeml(docs, (doc) => coder.code({ text: doc.text, ...(doc.dct ? { published: doc.dct } : {}) }).dates, ctx.wantMisses);
  },
};

interface Tally {
  relaxed: Counts;
  strict: Counts;
  /** Gold DATEs we found, and how many of those have our value. */
  found: number;
  foundRight: number;
  calendarFound: number;
  calendarRight: number;
  calendarGold: number;
  gold: number;
  /** Ours not scored: named eras (TimeML tags them as events) and dates inside gold TIMEs. */
  unscored: number;
}

/**
 * Span F1 (relaxed: any overlap, one to one; strict: same offsets) and value accuracy on the
 * gold DATEs we found: over all of them (TimeML values we cannot write, such as 1998-Q1,
 * 1998-W02 or PRESENT_REF, count as wrong) and over those with a calendar value.
 */
export function scoreTimeml(docs: TimemlDoc[], code: (doc: TimemlDoc) => DateExpression[], wantMisses = true): EvalResult {
  const t: Tally = { relaxed: emptyCounts(), strict: emptyCounts(), found: 0, foundRight: 0, calendarFound: 0, calendarRight: 0, calendarGold: 0, gold: 0, unscored: 0 };
  const misses: EvalMiss[] = [];
  for (const doc of docs) {
    const gold = doc.timexes.filter((x) => x.type === 'DATE');
    const times = doc.timexes.filter((x) => x.type === 'TIME');
    const others = doc.timexes.filter((x) => x.type !== 'DATE' && x.type !== 'TIME');
    const ours = code(doc).filter((d) => {
      const skip = d.ruleIds.some((r) => r.startsWith('date.historical.era')) || times.some((x) => overlaps(x, d));
      if (skip) t.unscored++;
      return !skip;
    });
    t.gold += gold.length;
    t.calendarGold += gold.filter((g) => CALENDAR.test(g.value)).length;
    const used = new Set<number>();
    for (const g of gold) {
      const i = ours.findIndex((d, k) => !used.has(k) && overlaps(g, d));
      const d = i >= 0 ? ours[i]! : null;
      if (d) used.add(i);
      const strictHit = !!d && d.start === g.start && d.end === g.end;
      t.strict[strictHit ? 'tp' : 'fn']++;
      if (!d) {
        t.relaxed.fn++;
        if (wantMisses) misses.push(miss(doc, g, `${g.value} "${g.text}"`, '(none)', [], 1));
        continue;
      }
      t.relaxed.tp++;
      t.found++;
      const right = d.value === g.value;
      const calendar = CALENDAR.test(g.value);
      if (right) t.foundRight++;
      if (calendar) t.calendarFound++;
      if (calendar && right) t.calendarRight++;
      if (!right && wantMisses) misses.push(miss(doc, g, `${g.value} "${g.text}"`, `${d.value} "${d.text}"`, d.ruleIds, calendar ? 2 : 1));
    }
    ours.forEach((d, k) => {
      if (used.has(k)) return;
      t.relaxed.fp++;
      t.strict.fp++;
      const other = others.find((x) => overlaps(x, d));
      if (wantMisses) misses.push(miss(doc, d, other ? `${other.type} ${other.value} "${other.text}"` : '(no DATE)', `${d.value} "${d.text}"`, d.ruleIds, 1));
    });
    // A strict miss of ours that matched loosely is also a false positive of the strict count.
    for (const k of used) {
      const d = ours[k]!;
      if (!gold.some((g) => g.start === d.start && g.end === d.end)) t.strict.fp++;
    }
  }
  return { rows: rows(t), misses };
}

function rows(t: Tally): EvalRow[] {
  const span = (metric: string, c: Counts, note?: string): EvalRow => ({ set: NAME, metric, items: t.gold, precision: precision(c), recall: recall(c), f1: f1(c), ...(note ? { note } : {}) });
  const ratio = (a: number, b: number) => (b ? a / b : undefined);
  return [
    span('DATE span (relaxed)', t.relaxed, `${t.unscored} of ours not scored (named eras, dates inside gold TIMEs)`),
    span('DATE span (strict)', t.strict),
    { set: NAME, metric: 'DATE value, calendar gold', items: t.calendarFound, accuracy: ratio(t.calendarRight, t.calendarFound), note: `found ${t.calendarFound} of ${t.calendarGold} gold DATEs with a day, month or year value` },
    { set: NAME, metric: 'DATE value, all found', items: t.found, accuracy: ratio(t.foundRight, t.found), note: `end to end ${fmt(ratio(t.foundRight, t.gold))} of all ${t.gold} gold DATEs` },
  ];
}

const fmt = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function miss(doc: TimemlDoc, at: Timex | DateExpression, gold: string, ours: string, ruleIds: string[], severity: number): EvalMiss {
  const from = Math.max(0, at.start - 80);
  const to = Math.min(doc.text.length, at.end + 80);
  const text = `${doc.text.slice(from, at.start)}[${doc.text.slice(at.start, at.end)}]${doc.text.slice(at.end, to)}`.replace(/\s+/g, ' ').trim();
  return { set: NAME, id: `${doc.id}@${at.start}${doc.dct ? ` dct ${doc.dct}` : ''}`, text, gold, ours, ruleIds, severity };
}
