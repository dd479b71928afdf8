/**
 * PETRARCH/TABARI dates: YYYYMMDD, or YYMMDD where, as in KEDS and TABARI, 00-30 means 20YY and
 * 31-99 means 19YY. Returns YYYY-MM-DD, or null when the string is not a date.
 */
export function petrarchDate(s: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return iso(y, m, d);
}

/** The day before or after an ISO date, for the strict `<` and `>` bounds. */
export function shiftDay(date: string, by: 1 | -1): string {
  let [y, m, d] = date.split('-').map(Number) as [number, number, number];
  d += by;
  if (d < 1) {
    m -= 1;
    if (m < 1) {
      m = 12;
      y -= 1;
    }
    d = daysIn(y, m);
  } else if (d > daysIn(y, m)) {
    d = 1;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return iso(y, m, d);
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
