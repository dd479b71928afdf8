import type { DateExpression } from '../../model/time.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { findAnaphora } from './anaphora.js';
import type { Candidate, Finder, FinderInput } from './candidate.js';
import { findChronoDates } from './chrono-finder.js';
import { findEras } from './eras.js';
import { findHolidays } from './holiday-finder.js';
import { findPeriods } from './periods.js';
import { findQuarters } from './quarters.js';
import { findRelativeUnits } from './relative-units.js';
import { findSeasons } from './seasons.js';
import { findSpelledYears } from './spelled-years.js';
import { findYears } from './years.js';

/**
 * The finders, in order of trust: where two find overlapping text the longer span wins, and on
 * equal spans the earlier finder. Named eras first ("the 1991 Gulf War" is one expression, not a
 * year), chrono's explicit dates next ("Nov. 15, 1989" rather than "1989").
 */
const FINDERS: readonly Finder[] = [findEras, findHolidays, findChronoDates, findAnaphora, findRelativeUnits, findQuarters, findSeasons, findPeriods, findYears, findSpelledYears];

/**
 * Every time expression in the article, resolved to a calendar value against the publication
 * date: explicit dates, relative ones ("last week"), anaphoric ones ("the same month") and
 * historical references ("the Second World War").
 */
export const datesStage: Stage = {
  name: 'dates',
  run(ctx: CoderContext) {
    const input: FinderInput = { text: ctx.text, ref: ctx.refDate, tokens: ctx.tokens, sentences: ctx.sentences };
    const found: { c: Candidate; rank: number }[] = [];
    FINDERS.forEach((find, rank) => {
      for (const c of find(input)) found.push({ c, rank });
    });
    ctx.dates = resolveInOrder(nonOverlapping(found, ctx.text.length), ctx);
    ctx.debug('dates', () => ctx.dates.map((d) => `${d.text} = ${d.value} (${d.precision}, ${d.basis}${d.historical ? ', historical' : ''}) ${d.ruleIds.join(' ')}`).join('\n'));
  },
};

/** Keeps the preferred of overlapping candidates; marking covered characters keeps it linear. */
function nonOverlapping(found: { c: Candidate; rank: number }[], length: number): Candidate[] {
  const byPreference = [...found].sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.rank - b.rank || a.c.start - b.c.start);
  const covered = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const { c } of byPreference) {
    if (covered.subarray(c.start, c.end).includes(1)) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Anaphors take the value of the nearest expression before them, so resolution runs in order. */
function resolveInOrder(candidates: Candidate[], ctx: CoderContext): DateExpression[] {
  const out: DateExpression[] = [];
  let previous: DateExpression | null = null;
  for (const c of candidates) {
    const r = typeof c.resolve === 'function' ? c.resolve(previous) : c.resolve;
    if (!r) continue;
    const historical = r.historical ?? (ctx.refDate ? Number(r.value.slice(0, 4)) < ctx.refDate.year - HISTORICAL_YEARS : false);
    const d: DateExpression = {
      text: ctx.text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      value: r.value,
      precision: r.precision,
      basis: r.basis,
      ...(historical ? { historical: true } : {}),
      ruleIds: [r.ruleId],
    };
    out.push(d);
    if (c.antecedent) previous = d;
  }
  return out;
}

/** A date more than this many years before publication is history rather than news. */
const HISTORICAL_YEARS = 5;
