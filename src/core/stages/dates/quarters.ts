import type { Day } from '../../pipeline/context.js';
import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { addMonths } from './calendar.js';
import { tenseCue } from './tense-cue.js';
import { ordinalValue } from './words.js';

// "the third quarter", "third-quarter", "the first half of 1990", "the 1989 fourth quarter",
// "this year's second quarter", "the latest quarter", "the year-earlier quarter".
const QUARTER = new RegExp(
  [
    '\\b(?:(?:the|this\\s+year[\'’]s|last\\s+year[\'’]s|next\\s+year[\'’]s)\\s+(?![\\w-]+-(?:quarter|half)\\b))?',
    '(?:(?:fiscal|FY)[\\s-]*)?(?:(\\d{4})\\s+)?(?:(?:fiscal|calendar)\\s+)?',
    '(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:(?:fiscal|calendar)[\\s-]+)?(quarter|half)',
    '|(the|this|that|last|next)\\s+((?:(?:latest|current|recent|most\\s+recent|previous|past|last|year-earlier|year-ago|comparable|same|fiscal|just-ended)[\\s-]+)*)(quarter))',
    '(?:\\s+of\\s+(?:(?:fiscal|FY)\\s*)?(\\d{4}|this\\s+year|last\\s+year|next\\s+year)|,\\s+(\\d{4})\\b)?',
    // Not "the first half of the century", "a quarter century", "the quarter final".
    '(?![\\w-]|\\s+of\\s+(?:the|a|an|its|his|her|their|all|each)\\b(?!\\s+(?:year|fiscal|current))|\\s+(?:century|centuries|mile|hour|inch|pound|final))',
  ].join(''),
  'gi',
);

/**
 * Quarters and halves of a year. Our values have no quarter, so they get the year they fall in
 * (year precision: true, if coarse). A bare "the quarter" is only a date in an article that has
 * already named a quarter; elsewhere it is more often a neighbourhood or a fraction.
 */
export function findQuarters(input: FinderInput): Candidate[] {
  const { text, ref } = input;
  const out: Candidate[] = [];
  let namedOne = false;
  for (const m of text.matchAll(QUARTER)) {
    const start = m.index;
    const end = start + m[0].length;
    const words = m[0].toLowerCase();
    const ordinal = m[2] ? ordinalValue(m[2]) : null;
    const explicit = m[1] ?? m[7] ?? m[8] ?? null;
    const det = m[4]?.toLowerCase() ?? '';
    // "the quarter", "that quarter" alone: only after a quarter has been named.
    if (!ordinal && (det === 'that' || (det === 'the' && !m[5])) && !namedOne && !explicit) continue;
    if (ordinal) namedOne = true;
    const year = yearOf(explicit, words, ordinal, m[3]?.toLowerCase() === 'half', `${det} ${m[5] ?? ''}`, ref, input, start, end);
    if (year === null) continue;
    const stated = !!explicit && /^\d/.test(explicit);
    out.push(fixed(start, end, { value: String(year), precision: 'year', basis: stated ? 'stated' : 'inferred', ruleId: stated ? 'date.quarter.explicit-year' : ordinal ? 'date.quarter.ordinal' : 'date.quarter.named' }));
  }
  return out;
}

function yearOf(explicit: string | null, words: string, ordinal: number | null, half: boolean, mods: string, ref: Day | null, input: FinderInput, start: number, end: number): number | null {
  if (explicit && /^\d/.test(explicit)) return Number(explicit);
  if (!ref) return null;
  if (explicit || /year['’]s/.test(words)) {
    const w = explicit ?? words;
    return ref.year + (/last/.test(w) ? -1 : /next/.test(w) ? 1 : 0);
  }
  // The quarter under way or just reported: count from a month back, when results come out.
  const latest = addMonths(ref, -1).year;
  if (/year-(?:earlier|ago)|comparable|same/.test(mods)) return latest - 1;
  if (/previous|past|last/.test(mods)) return addMonths(ref, -3).year;
  if (/^next/.test(mods)) return addMonths(ref, 3).year;
  if (!ordinal) return latest;
  // The latest such quarter that has begun by publication, unless the tense points ahead.
  const firstMonth = half ? (ordinal - 1) * 6 + 1 : (ordinal - 1) * 3 + 1;
  if (tenseCue(input.tokens, input.sentences, start, end) === 'future') return firstMonth > ref.month ? ref.year : ref.year + 1;
  return firstMonth <= ref.month ? ref.year : ref.year - 1;
}
