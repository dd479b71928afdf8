import type { ParsedComponents } from 'chrono-node';
import type { DatePrecision } from '../../model/time.js';
import type { Day } from '../../pipeline/context.js';
import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { commonValue, isoValue } from './calendar.js';
import { chronoHits, type Hit } from './chrono-hits.js';
import { withModifier } from './modifiers.js';
import { yearByWeekday, yearForMonthDay } from './past-preference.js';
import { tenseCue } from './tense-cue.js';
import { weekdayCandidate } from './weekdays.js';

// Counted units ("last week", "two days ago", "for three years") are our own finders' work:
// chrono gives them day precision and cannot tell a duration from a date.
const UNIT_WORD = /\b(?:days?|weeks?|fortnights?|months?|years?|quarters?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|weekends?)\b/i;
const CASUAL_DAY = /^(?:today|yesterday|tomorrow)$/i;
// A date names a day, a month or a weekday, or has digits; "now", "the SEC" (a second) and "half"
// (an hour) do not. "now" is the present, not a calendar date: the publication date says it.
const NAMES_A_DATE = /\d|\b(?:today|yesterday|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const LEADING_WORD = /^(?:on|in|at|by|since|of|from|until|till|during|before|after|for)\s+/i;
// Month names that are also common words; alone they need a word that only goes with a date.
const AMBIGUOUS_MONTH = /^(?:may|march|august|jan|mar|sept?)$/i;
const DATE_WORD_BEFORE = /\b(?:in|since|of|until|till|by|from|during|before|after|through|early|late|mid|last|next|this|that|same|between|and|to)\W*$/i;
const MONTH_MODIFIER_BEFORE = /\b(last|this|next|past|coming)\s+$/i;
const MONTH_NAME_CAPITALISED = /(?:^|\s)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const MONTH_MODIFIER_START = /^(last|this|next|past|coming)\s+/i;
const RELATIVE_YEAR_AFTER = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;

type Value = { value: string; precision: DatePrecision };

/**
 * Explicit and named dates through chrono ("August 15", "Nov. 9, 1989", "on Monday",
 * "yesterday", "10/30/89"). Without a publication date only those that state their year are kept.
 */
export function findChronoDates(input: FinderInput): Candidate[] {
  const { ref } = input;
  // Local noon, so the host's time zone cannot move the reference day; a fixed stand-in when
  // the publication date is unknown (chrono would otherwise read the clock).
  const refDate = ref ? new Date(ref.year, ref.month - 1, ref.day, 12) : new Date(2000, 0, 1, 12);
  const out: Candidate[] = [];
  for (const hit of chronoHits(input, refDate)) {
    const c = candidateOf(hit, input);
    if (c) out.push(c);
  }
  return out;
}

function candidateOf(r: Hit, input: FinderInput): Candidate | null {
  let start = r.index;
  let raw = r.text;
  const lead = LEADING_WORD.exec(raw);
  if (lead) {
    start += lead[0].length;
    raw = raw.slice(lead[0].length);
  }
  raw = raw.replace(/(?:[\s,;:]+|(?<=\d|[a-z]{4})\.)+$/, '');
  if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1).trimEnd();
  const end = start + raw.length;
  if (!raw || UNIT_WORD.test(raw) || !NAMES_A_DATE.test(raw)) return null;
  const { ref } = input;
  const s = r.start;
  const hasYear = s.isCertain('year');
  if (!ref && !hasYear) return null;
  if (CASUAL_DAY.test(raw)) {
    // chrono calls the year of "yesterday" known: it is known only from a publication date.
    if (!ref) return null;
    return fixed(start, end, { value: dayValue(s), precision: 'day', basis: 'inferred', ruleId: `date.relative.${raw.toLowerCase()}` });
  }
  // Times of day with no day named ("at 3 p.m.", "tonight", "this morning") are not dates.
  if (!s.isCertain('day') && !s.isCertain('month') && !hasYear && !s.isCertain('weekday')) return null;
  if (s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) return weekdayCandidate(start, end, raw, input, ref!);
  if (!s.isCertain('month')) return null;
  // Day and month without a year from a slash ("12 3/4") are more often fractions or scores.
  if (!hasYear && /\d\s*\/\s*\d/.test(raw)) return null;
  if (hasYear) {
    const value = r.end ? rangeValue(s, r.end, s.get('year')!) : componentsValue(s, s.get('year')!);
    return fixed(value.precision === 'day' ? start : withModifier(input.text, start), end, { ...value, basis: 'stated', ruleId: 'date.chrono.explicit' });
  }
  return yearlessCandidate(r, start, end, raw, input, ref!);
}

/**
 * A month, or a month and day, without a year: "last February", "July last year", or bare,
 * placed by past preference.
 */
function yearlessCandidate(r: Hit, start: number, end: number, raw: string, input: FinderInput, ref: Day): Candidate | null {
  const { text } = input;
  const s = r.start;
  const month = s.get('month')!;
  const day = s.isCertain('day') ? s.get('day')! : null;
  // chrono keeps "last" in "last May" but leaves it out of "last February": look in both places.
  const inside = MONTH_MODIFIER_START.exec(raw);
  const before = inside ?? MONTH_MODIFIER_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  const after = RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 24));
  if (day === null && (!MONTH_NAME_CAPITALISED.test(raw) || (!before && !after && !plausibleMonthAlone(raw, start, text)))) return null;
  let year: number;
  let rule: string;
  if (after) {
    year = ref.year + (after[1]!.toLowerCase() === 'last' ? -1 : after[1]!.toLowerCase() === 'next' ? 1 : 0);
    end += after[0].length;
    rule = 'date.chrono.month-relative-year';
  } else if (before) {
    const which = before[1]!.toLowerCase();
    // "last February": the latest February before the current month; "next May" the first after.
    year = which === 'this' ? ref.year : which === 'last' || which === 'past' ? (month < ref.month ? ref.year : ref.year - 1) : month > ref.month ? ref.year : ref.year + 1;
    if (!inside) start -= before[0].length;
    rule = `date.chrono.month-${which === 'past' ? 'last' : which === 'coming' ? 'next' : which}`;
  } else if (day !== null && s.isCertain('weekday') && yearByWeekday(ref, month, day, s.get('weekday')!) !== null) {
    year = yearByWeekday(ref, month, day, s.get('weekday')!)!;
    rule = 'date.chrono.month-day-weekday';
  } else {
    year = yearForMonthDay(ref, month, day, tenseCue(input.tokens, input.sentences, start, end));
    rule = day === null ? 'date.chrono.month' : 'date.chrono.month-day';
  }
  const value = r.end ? rangeValue(s, r.end, year) : componentsValue(s, year);
  return fixed(value.precision === 'day' ? start : withModifier(text, start), end, { ...value, basis: 'inferred', ruleId: rule });
}

/** "July" alone must look like the month: capitalised, and "May", "March" after a date word. */
function plausibleMonthAlone(raw: string, start: number, text: string): boolean {
  if (!/^[A-Z]/.test(raw)) return false;
  const next = /^\s*([A-Z]\w*)/.exec(text.slice(start + raw.length, start + raw.length + 30));
  // "April Glaspie", "June Carter": a month name followed by a capitalised word is a name;
  // "the March of Dimes" is not a date either.
  if (next && !/^[A-Z]{2,}\b/.test(next[1]!)) return false;
  if (/^\s+of\s+(?!\d)/.test(text.slice(start + raw.length, start + raw.length + 12))) return false;
  if (!AMBIGUOUS_MONTH.test(raw.replace(/[.\s]+$/, ''))) return true;
  return DATE_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

function dayValue(s: ParsedComponents): string {
  return isoValue({ year: s.get('year')!, month: s.get('month')!, day: s.get('day')! }, 'day');
}

function componentsValue(s: ParsedComponents, year: number): Value {
  const precision = s.isCertain('day') ? 'day' : s.isCertain('month') ? 'month' : 'year';
  return { value: isoValue({ year, month: s.get('month') ?? 1, day: s.get('day') ?? 1 }, precision), precision };
}

/** "Oct. 5-7", "March to May 1990": the most precise value true of the whole range. */
function rangeValue(s: ParsedComponents, e: ParsedComponents, year: number): Value {
  const a = { year, month: s.get('month') ?? 1, day: s.isCertain('day') ? s.get('day')! : 1 };
  const b = { year: e.isCertain('year') ? e.get('year')! : year, month: e.isCertain('month') ? e.get('month')! : a.month, day: e.isCertain('day') ? e.get('day')! : 28 };
  return commonValue(a, b);
}
