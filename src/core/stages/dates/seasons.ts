import type { DateExpression } from '../../model/time.js';
import type { Day } from '../../pipeline/context.js';
import type { Candidate, FinderInput, Resolved } from './candidate.js';
import { withModifier } from './modifiers.js';

// "last fall", "this summer", "the spring of 1990", "winter 1990". A season needs a determiner
// or a year: "prices fall" and "the fall of the Berlin Wall" are not dates.
const SEASON = /\b(?:(last|this|next|the|that|past|coming)\s+)?(?:(early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4})\b)?(?!\s+of\s+(?!\d))/gi;
const START_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/**
 * Seasons get the year they fall in (year precision; a winter from December belongs to the year
 * of its January and February). "that summer" takes the year of the expression before it.
 */
export function findSeasons(input: FinderInput): Candidate[] {
  const { text, ref } = input;
  const out: Candidate[] = [];
  for (const m of text.matchAll(SEASON)) {
    const explicit = m[4] ? Number(m[4]) : null;
    const season = m[3]!.toLowerCase();
    // "in early summer" reads as "the early summer".
    const which = m[1]?.toLowerCase() ?? (m[2] ? 'the' : null);
    if (!which && explicit === null) continue;
    if (which === 'the' && !m[2] && explicit === null && /^(?:fall|spring)$/.test(season) && !/^\s*[,.;:)]/.test(text.slice(m.index + m[0].length))) continue;
    const start = withModifier(text, m.index);
    const end = m.index + m[0].length;
    if (explicit !== null) {
      out.push({ start, end, antecedent: true, resolve: { value: String(explicit), precision: 'year', basis: 'stated', ruleId: 'date.season.explicit-year' } });
    } else if (which === 'that') {
      out.push({ start, end, antecedent: true, resolve: (prev: DateExpression | null) => (prev ? { value: prev.value.slice(0, 4), precision: 'year', basis: 'inferred', ruleId: 'date.anaphora.that-season' } : null) });
    } else if (ref) {
      out.push({ start, end, antecedent: true, resolve: relativeSeason(ref, season, which!) });
    }
  }
  return out;
}

function relativeSeason(ref: Day, season: string, which: string): Resolved {
  const startMonth = START_MONTH[season]!;
  // Seasons are numbered by the year of their first month; winter's value is the year after.
  const startYearOf = (y: number) => ({ y, m: startMonth });
  const started = (s: { y: number; m: number }) => s.y * 12 + s.m <= ref.year * 12 + ref.month;
  const ended = (s: { y: number; m: number }) => s.y * 12 + s.m + 2 < ref.year * 12 + ref.month;
  let s = startYearOf(ref.year);
  if (!started(s)) s = startYearOf(ref.year - 1);
  // s: the latest season of this name that has begun.
  if (which === 'last' || which === 'past') {
    if (!ended(s)) s = startYearOf(s.y - 1);
  } else if (which === 'next' || which === 'coming') {
    s = startYearOf(s.y + 1);
  } else if (which === 'this') {
    if (ended(s)) s = startYearOf(s.y + 1);
    if (season !== 'winter' && s.y > ref.year) s = startYearOf(ref.year);
  }
  const year = season === 'winter' ? s.y + 1 : s.y;
  return { value: String(year), precision: 'year', basis: 'inferred', ruleId: `date.season.${which === 'the' ? 'past' : which}` };
}
