/**
 * A stated date string (ISO 8601, RFC 822 from RSS, `2024-03-01 10:00:00`, `20240301`, epoch seconds) to ISO
 * 8601, keeping the local time and offset the source gave: the day the article means is the local one, and
 * converting `2024-03-01T23:30-05:00` to UTC would move it to the 2nd. Null when it cannot be read or the year
 * is implausible for news.
 */
export function normalizeDate(raw: unknown): string | null {
  if (typeof raw === 'number') return fromEpoch(raw);
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!validDay(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone ? formatZone(zone) : ''}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return validDay(+compact[1]!, +compact[2]!, +compact[3]!) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  return fromRfc822(s) ?? fromJsDate(s);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = { gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' };

/** `Mon, 01 Jan 2024 10:00:00 +0200` (the RSS 2.0 date) with its own offset kept. */
function fromRfc822(s: string): string | null {
  const m = /^(?:[a-z]{3,},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{4})?)?/i.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const day = Number(m[1]);
  if (!month || !validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return date;
  const zone = m[7] ? (/^[+-]/.test(m[7]) ? formatZone(m[7]) : (ZONES[m[7].toLowerCase()] ?? '')) : '';
  return `${date}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

function fromJsDate(s: string): string | null {
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : fromEpoch(t / 1000);
}

function fromEpoch(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000; // seconds or milliseconds
  const d = new Date(ms);
  if (Number.isNaN(d.getTime()) || !validDay(d.getUTCFullYear(), 1, 1)) return null;
  return d.toISOString().replace('.000Z', 'Z');
}

function formatZone(z: string): string {
  if (/^z$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3]}` : '';
}

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

const pad = (n: number) => String(n).padStart(2, '0');
