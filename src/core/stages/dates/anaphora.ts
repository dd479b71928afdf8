import type { DateExpression, DatePrecision } from '../../model/time.js';
import type { Day } from '../../pipeline/context.js';
import type { Candidate, FinderInput, Resolved } from './candidate.js';
import { addDays, commonValue, isoValue, mondayOf } from './calendar.js';
import { shifted } from './relative-units.js';
import { COUNT, countValue, UNIT, type Unit, unitOf } from './words.js';

// "the same month", "that day", "later that week", "that same year".
const SAME = /\b(?:(earlier|later)\s+)?(?:the\s+same|that(?:\s+same)?)\s+(day|morning|afternoon|evening|night|week|month|year)\b(?!['’]s\s+\w+\s+(?:of|in)\b)/gi;
// "the next day", "the following week", "the previous month", "the day before".
const NEXT = /\b(?:the\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)|the\s+(day|week|month|year)\s+(before|after)(?=\s*[,.;:)]|\s+(?:that|when)\b))/gi;
// "two days later", "a year earlier", "three weeks after," and the adjective "year-earlier". A
// "before" or "after" with something after it counts from that ("a month after the coup"), not
// from the date before, so it is left alone.
const COUNTED = new RegExp(`\\b(?:(${COUNT})\\s+(${UNIT})\\s+(?:(earlier|later)|(before|after)(?=\\s*[,.;:)]|\\s*$))|(?:the\\s+)?(year|month|week|day)-(earlier|ago)(?:\\s+(?:(?:first|second|third|fourth)[\\s-]+)?(?:period|quarter|half|nine\\s+months|six\\s+months|months|year)\\b)?)`, 'gi');

/**
 * Expressions that take their date from the one before them in the text. Without one, they
 * count from the publication date.
 */
export function findAnaphora(input: FinderInput): Candidate[] {
  const { text, ref } = input;
  const out: Candidate[] = [];
  const add = (start: number, end: number, resolve: (base: DateExpression | null) => Resolved | null, antecedent = true) => out.push({ start, end, resolve, antecedent });
  for (const m of text.matchAll(SAME)) {
    const unit = m[2]!.toLowerCase();
    const rule = `date.anaphora.${m[1] ? `${m[1].toLowerCase()}-that` : 'same'}-${unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day'}`;
    add(m.index, m.index + m[0].length, (prev) => truncated(prev, ref, unit === 'week' || unit === 'month' || unit === 'year' ? unit : 'day', rule));
  }
  for (const m of text.matchAll(NEXT)) {
    const unit = unitOf(m[2] ?? m[3]!) ?? 'day';
    const dir = (m[1] ?? m[4])!.toLowerCase();
    const n = dir === 'next' || dir === 'following' || dir === 'after' ? 1 : -1;
    add(m.index, m.index + m[0].length, (prev) => shiftFrom(prev, ref, unit, n, `date.anaphora.${n > 0 ? 'next' : 'previous'}-${unit}`));
  }
  for (const m of text.matchAll(COUNTED)) {
    const unit = unitOf(m[2] ?? m[5]!);
    const n = m[1] ? countValue(m[1]) : 1;
    if (!unit || n === null) continue;
    const later = /later|after/i.test(m[3] ?? m[4] ?? '');
    // Not an antecedent itself: in "a year earlier ... two years earlier" both count from the same point.
    add(m.index, m.index + m[0].length, (prev) => shiftFrom(prev, ref, unit, later ? n : -n, m[5] ? `date.anaphora.${unit}-earlier` : `date.anaphora.${later ? 'later' : 'earlier'}`), false);
  }
  return out;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The day an expression stands for (its first day when coarser), and how precise it is. */
function baseOf(prev: DateExpression | null, ref: Day | null): { day: Day; precision: DatePrecision; historical?: boolean } | null {
  if (prev) {
    const [y, m, d] = prev.value.split('-').map(Number) as [number, number?, number?];
    return { day: { year: y, month: m ?? 1, day: d ?? 1 }, precision: prev.precision, ...(prev.historical ? { historical: true } : {}) };
  }
  return ref ? { day: ref, precision: 'day' } : null;
}

/** "the same month": the antecedent at the unit's precision, never finer than the antecedent. */
function truncated(prev: DateExpression | null, ref: Day | null, unit: 'day' | 'week' | 'month' | 'year', ruleId: string): Resolved | null {
  const base = baseOf(prev, ref);
  if (!base) return null;
  const rule = prev ? ruleId : `${ruleId}.publication`;
  const extra = base.historical ? { historical: true } : {};
  if (unit === 'week') {
    if (base.precision !== 'day') return { value: isoValue(base.day, base.precision), precision: base.precision, basis: 'inferred', ruleId: rule, ...extra };
    const monday = mondayOf(base.day);
    return { ...commonValue(monday, addDays(monday, 6)), basis: 'inferred', ruleId: rule, ...extra };
  }
  const precision = RANK[unit] < RANK[base.precision] ? unit : base.precision;
  return { value: isoValue(base.day, precision), precision, basis: 'inferred', ruleId: rule, ...extra };
}

/** "two days later": the antecedent moved, no more precise than either it or the unit. */
function shiftFrom(prev: DateExpression | null, ref: Day | null, unit: Unit, n: number, ruleId: string): Resolved | null {
  const base = baseOf(prev, ref);
  if (!base) return null;
  const r = shifted(base.day, unit, n, prev ? ruleId : `${ruleId}.publication`);
  if (RANK[r.precision] <= RANK[base.precision]) return r;
  return { ...r, precision: base.precision, value: r.value.slice(0, base.precision === 'year' ? 4 : 7) };
}
