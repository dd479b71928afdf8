import type { DatePrecision } from '../../model/time.js';
import type { Day } from '../../pipeline/context.js';

/**
 * Calendar arithmetic on plain days. Everything goes through UTC milliseconds so the host's time
 * zone can never shift a day.
 */

const DAY_MS = 86_400_000;

export function dayToMs(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function msToDay(ms: number): Day {
  const t = new Date(ms);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return msToDay(dayToMs(d) + n * DAY_MS);
}

export function addMonths(d: Day, n: number): Day {
  const m = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function daysBetween(a: Day, b: Day): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: Day): number {
  return new Date(dayToMs(d)).getUTCDay();
}

/** The Monday of the (ISO) week that holds `d`. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekday(d) + 6) % 7));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoValue(d: Day, precision: DatePrecision): string {
  const y = String(d.year).padStart(4, '0');
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${pad(d.month)}`;
  return `${y}-${pad(d.month)}-${pad(d.day)}`;
}

/**
 * The most precise value that is true of every day from `a` to `b` (a week inside one month is
 * that month; across two months, only the year). Our model has no week or quarter, and claiming
 * a finer unit than the text gives would be false precision. Across New Year no value is true of
 * every day, so the year holding more of the days is given.
 */
export function commonValue(a: Day, b: Day): { value: string; precision: DatePrecision } {
  if (a.year === b.year && a.month === b.month && a.day === b.day) return { value: isoValue(a, 'day'), precision: 'day' };
  if (a.year === b.year && a.month === b.month) return { value: isoValue(a, 'month'), precision: 'month' };
  if (a.year === b.year) return { value: isoValue(a, 'year'), precision: 'year' };
  const newYear = { year: b.year, month: 1, day: 1 };
  const later = daysBetween(newYear, b) + 1 > daysBetween(a, newYear) ? b : a;
  return { value: isoValue(later, 'year'), precision: 'year' };
}
