import type { Day } from '../../pipeline/context.js';
import { type Candidate, type FinderInput, type Resolved, fixed } from './candidate.js';
import { addDays, addMonths, commonValue, isoValue, mondayOf, weekday } from './calendar.js';
import { tenseCue } from './tense-cue.js';
import { COUNT, countValue, UNIT, type Unit, unitOf } from './words.js';

// "last week", "this year", "earlier this month", "early next year", "the past year".
const THIS_LAST_NEXT = /\b(?:(earlier|later|early|late)\s+(?:in\s+)?)?(this|last|next|past|the\s+past|the\s+last|the\s+coming|the\s+current)\s+(?:fiscal\s+)?(week|weekend|month|year)\b(?!-)/gi;
// "two days ago", "a decade ago", "three weeks from now".
const AGO = new RegExp(`\\b(${COUNT}|several|a\\s+few|few|many)\\s+(${UNIT})\\s+(ago|from\\s+now|hence)\\b`, 'gi');
// "decades ago", "centuries ago": only the order of magnitude is known, and it is history.
const VAGUE_AGO = /\b(decades|centuries|generations)\s+ago\b/gi;
// "by the end of the year", "year-end", "earlier in the month": a part of the current unit.
const PART_OF_CURRENT = /\b(?:the\s+(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+(week|month|year)|(?:earlier|later)\s+in\s+the\s+(week|month|year)|(year)(?:-|\s+|['’]s\s+)end)\b/gi;
// "over the weekend": the weekend under way or just past, unless the tense looks ahead.
const THE_WEEKEND = /\bthe\s+weekend\b/gi;
// A span of time is a duration, not a date: "over the past year", "for the last week".
const DURATION_BEFORE = /\b(?:over|for|within|throughout|during|in)\s+$/i;

/** Relative expressions resolved against the publication date. */
export function findRelativeUnits(input: FinderInput): Candidate[] {
  const { text, ref } = input;
  if (!ref) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(THIS_LAST_NEXT)) {
    const which = m[2]!.toLowerCase().replace(/^the\s+/, '');
    if (/^the\s/i.test(m[2]!) && !m[1] && DURATION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const r = thisLastNext(ref, which === 'past' ? 'last' : which === 'coming' ? 'next' : which === 'current' ? 'this' : (which as 'this' | 'last' | 'next'), m[3]!.toLowerCase() as Unit | 'weekend');
    out.push(fixed(m.index, m.index + m[0].length, r));
  }
  for (const m of text.matchAll(PART_OF_CURRENT)) {
    const unit = (m[1] ?? m[2] ?? m[3]!).toLowerCase() as 'week' | 'month' | 'year';
    out.push(fixed(m.index, m.index + m[0].length, { ...thisLastNext(ref, 'this', unit), ruleId: `date.relative.part-of-this-${unit}` }));
  }
  for (const m of text.matchAll(THE_WEEKEND)) {
    const end = m.index + m[0].length;
    const ahead = tenseCue(input.tokens, input.sentences, m.index, end) === 'future';
    const r = thisLastNext(ref, ahead ? 'next' : weekday(ref) === 0 || weekday(ref) === 6 ? 'this' : 'last', 'weekend');
    out.push(fixed(m.index, end, { ...r, ruleId: ahead ? 'date.relative.the-weekend-ahead' : 'date.relative.the-weekend' }));
  }
  for (const m of text.matchAll(AGO)) {
    const n = countValue(m[1]!);
    const unit = unitOf(m[2]!);
    if (n === null || !unit) continue;
    const sign = /ago/i.test(m[3]!) ? -1 : 1;
    out.push(fixed(m.index, m.index + m[0].length, shifted(ref, unit, sign * n, sign < 0 ? 'date.relative.ago' : 'date.relative.from-now')));
  }
  for (const m of text.matchAll(VAGUE_AGO)) {
    const years = /^dec/i.test(m[1]!) ? 20 : /^cent/i.test(m[1]!) ? 200 : 40;
    // Only a bound is known: the latest year it can mean. It marks the past, not a date to code.
    out.push(fixed(m.index, m.index + m[0].length, { value: String(ref.year - years), precision: 'year', basis: 'inferred', historical: true, ruleId: 'date.historical.vague-ago' }, false));
  }
  return out;
}

function thisLastNext(ref: Day, which: 'this' | 'last' | 'next', unit: Unit | 'weekend'): Resolved {
  const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const ruleId = `date.relative.${which}-${unit}`;
  if (unit === 'week') {
    const monday = addDays(mondayOf(ref), 7 * step);
    return { ...commonValue(monday, addDays(monday, 6)), basis: 'inferred', ruleId };
  }
  if (unit === 'weekend') {
    // The weekend under way or just past for "this"/"last" on a weekend day.
    const wd = weekday(ref);
    const lastSaturday = addDays(ref, -((wd + 1) % 7));
    const saturday = step > 0 || (step === 0 && wd >= 1 && wd <= 5) ? addDays(lastSaturday, 7) : step < 0 && wd === 6 ? addDays(lastSaturday, -7) : lastSaturday;
    return { ...commonValue(saturday, addDays(saturday, 1)), basis: 'inferred', ruleId };
  }
  if (unit === 'month') return { value: isoValue(addMonths(ref, step), 'month'), precision: 'month', basis: 'inferred', ruleId };
  return { value: String(ref.year + step), precision: 'year', basis: 'inferred', ruleId };
}

/**
 * `n` units from `from` (negative: back), at the precision the unit allows: "two days ago" is a
 * day, "three weeks ago" the month (or year) that holds that week, "a year ago" a year.
 */
export function shifted(from: Day, unit: Unit, n: number, ruleId: string): Resolved {
  const years = unit === 'decade' ? 10 * n : unit === 'century' ? 100 * n : n;
  if (unit === 'day') return { value: isoValue(addDays(from, n), 'day'), precision: 'day', basis: 'inferred', ruleId };
  if (unit === 'week') {
    const monday = mondayOf(addDays(from, 7 * n));
    return { ...commonValue(monday, addDays(monday, 6)), basis: 'inferred', ruleId };
  }
  if (unit === 'month') return { value: isoValue(addMonths(from, n), 'month'), precision: 'month', basis: 'inferred', ruleId };
  return { value: String(from.year + years), precision: 'year', basis: 'inferred', ruleId };
}
