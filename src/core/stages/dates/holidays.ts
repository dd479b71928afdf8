import type { Day } from '../../pipeline/context.js';
import { addDays, weekday } from './calendar.js';

/**
 * Holidays news dates events by ("on Thanksgiving Day", "last Christmas"). Only those with one
 * date wherever the article comes from; "Independence Day" or "Labour Day" differ by country
 * and are left out. `day(year)` gives the holiday in a year.
 */
export interface Holiday {
  id: string;
  names: string[];
  day(year: number): Day;
}

const fixedDay = (month: number, day: number) => (year: number): Day => ({ year, month, day });

/** The n-th (1-based; -1 for the last) weekday `wd` (0 = Sunday) of a month. */
function nthWeekday(month: number, wd: number, n: number) {
  return (year: number): Day => {
    if (n < 0) {
      const last: Day = { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
      return addDays(last, -((weekday(last) - wd + 7) % 7));
    }
    const first: Day = { year, month, day: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  };
}

/** Easter Sunday (Gregorian), by the anonymous algorithm in Meeus. */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

export const HOLIDAYS: readonly Holiday[] = [
  { id: 'new-years-day', names: ["New Year's Day"], day: fixedDay(1, 1) },
  { id: 'new-years-eve', names: ["New Year's Eve"], day: fixedDay(12, 31) },
  { id: 'valentines-day', names: ["Valentine's Day"], day: fixedDay(2, 14) },
  { id: 'good-friday', names: ['Good Friday'], day: (y) => addDays(easter(y), -2) },
  { id: 'easter', names: ['Easter Sunday', 'Easter Day', 'Easter'], day: easter },
  { id: 'easter-monday', names: ['Easter Monday'], day: (y) => addDays(easter(y), 1) },
  { id: 'may-day', names: ['May Day'], day: fixedDay(5, 1) },
  { id: 'us-memorial-day', names: ['Memorial Day'], day: nthWeekday(5, 1, -1) },
  { id: 'bastille-day', names: ['Bastille Day'], day: fixedDay(7, 14) },
  { id: 'halloween', names: ['Halloween'], day: fixedDay(10, 31) },
  { id: 'armistice-day', names: ['Armistice Day', 'Remembrance Day', 'Veterans Day'], day: fixedDay(11, 11) },
  // US federal elections: the Tuesday after the first Monday in November.
  { id: 'us-election-day', names: ['Election Day'], day: (y) => addDays(nthWeekday(11, 1, 1)(y), 1) },
  { id: 'us-thanksgiving', names: ['Thanksgiving Day', 'Thanksgiving'], day: nthWeekday(11, 4, 4) },
  { id: 'christmas-eve', names: ['Christmas Eve'], day: fixedDay(12, 24) },
  { id: 'christmas-day', names: ['Christmas Day'], day: fixedDay(12, 25) },
  { id: 'boxing-day', names: ['Boxing Day'], day: fixedDay(12, 26) },
];
