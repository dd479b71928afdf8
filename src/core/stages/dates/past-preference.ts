import type { Day } from '../../pipeline/context.js';
import { addDays, daysBetween, weekday } from './calendar.js';
import type { Cue } from './tense-cue.js';

/**
 * A month or a day of the year without its year ("in July", "August 15"). News reports what
 * happened, so the past is preferred: the latest one not after publication, unless the tense
 * points ahead, or nothing says and the next one is much nearer ("Nov. 9" in late October).
 * chrono picks the nearest year instead, which turns "since February" in August into next year.
 */
export function yearForMonthDay(ref: Day, month: number, day: number | null, cue: Cue | null): number {
  const pastYear = isAfter(ref, month, day ?? 1) ? ref.year - 1 : ref.year;
  // The first one after publication; a month still under way counts as the future too.
  const futureYear = day === null ? (month >= ref.month ? ref.year : ref.year + 1) : isAfter(ref, month, day) ? ref.year : ref.year + 1;
  return pickByTense(ref, { year: pastYear, month, day: day ?? 1 }, { year: futureYear, month, day: day ?? 1 }, cue).year;
}

/**
 * Of the latest occurrence by publication and the next one: the tense decides; when it says
 * nothing, the past unless the future one is less than half as far.
 */
export function pickByTense(ref: Day, past: Day, future: Day, cue: Cue | null): Day {
  if (cue === 'past') return past;
  if (cue === 'future') return future;
  return daysBetween(ref, future) * 2 < daysBetween(past, ref) ? future : past;
}

/** True when month/day of ref.year falls after ref. */
function isAfter(ref: Day, month: number, day: number): boolean {
  return month > ref.month || (month === ref.month && day > ref.day);
}

/**
 * A weekday name (0 = Sunday). Bare or "last": the latest one on or before publication ("last"
 * excludes publication day itself); a future tense: the first one from publication day on;
 * "next": the first one after it; "this": the one in the publication week (Monday to Sunday).
 */
export function dayForWeekday(ref: Day, wd: number, modifier: 'last' | 'next' | 'this' | null, cue: Cue | null): Day {
  const back = (weekday(ref) - wd + 7) % 7;
  if (modifier === 'this') {
    const monday = addDays(ref, -((weekday(ref) + 6) % 7));
    return addDays(monday, (wd + 6) % 7);
  }
  if (modifier === 'next') return addDays(ref, back === 0 ? 7 : 7 - back);
  if (modifier === null && cue === 'future') return addDays(ref, back === 0 ? 0 : 7 - back);
  if (modifier === 'last') return addDays(ref, back === 0 ? -7 : -back);
  return addDays(ref, -back);
}

/** "Monday, Oct. 26": of the years around publication, the nearest in which the day is that weekday. */
export function yearByWeekday(ref: Day, month: number, day: number, wd: number): number | null {
  const years = [ref.year, ref.year - 1, ref.year + 1].filter((y) => weekday({ year: y, month, day }) === wd);
  years.sort((a, b) => Math.abs(daysBetween(ref, { year: a, month, day })) - Math.abs(daysBetween(ref, { year: b, month, day })));
  return years[0] ?? null;
}
