import { type DatedCode, daysInMonth, officeTitle } from './actors.js';
import type { CheckInput, Report } from './check.js';
import { type Allowances, officeKey } from './check-directives.js';

/** Offices one person holds at a time in a country. Others (deputy prime minister, minister) have many holders. */
export const SINGLE_HOLDER_TITLES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'supreme leader', 'pope', 'grand duke',
  'crown prince', 'general secretary', 'foreign minister', 'defence minister', 'interior minister', 'finance minister',
  'secretary-general', 'vice president',
]);

/**
 * Two people in one single-holder office on the same day ("two presidents of RUS on
 * 2010-01-01") is an error, unless `@allow shared-office` says the office was disputed. Only
 * overlaps that are certain count: "..2008" and "2008.." may both be right at year precision.
 * Within one entry, the same office listed twice over the same days is an error, and an
 * untitled code overlapping another code of the same country is a warning (the first listed wins).
 */
export function checkOffices(input: CheckInput, allow: Allowances, report: Report): void {
  const byOffice = new Map<string, { a: CheckInput['actors'][number]; c: DatedCode }[]>();
  for (const a of input.actors) {
    if (a.entry.type !== 'person') continue;
    const dated = a.entry.codes.filter((c) => c.from || c.to);
    for (let i = 0; i < dated.length; i++) {
      for (let j = i + 1; j < dated.length; j++) {
        const x = dated[i]!;
        const y = dated[j]!;
        if (!certainOverlap(x, y) || x.country !== y.country) continue;
        if (x.title && y.title && officeTitle(x.title) === officeTitle(y.title)) {
          report('error', 'office-overlap', a, `${a.entry.id}: '${x.title}' is listed twice over the same days (${range(x)} and ${range(y)})`);
        } else if (x.code !== y.code && (!x.title || !y.title)) {
          // Two titled offices at once are deliberate (a president who is also army chief); an
          // untitled code overlapping another usually is a range typed wrong.
          report('warning', 'code-overlap', a, `${a.entry.id}: ${x.code} (${range(x)}) and ${y.code} (${range(y)}) overlap; the first listed is used`);
        }
      }
    }
    for (const c of dated) {
      if (!c.title || !c.country || !SINGLE_HOLDER_TITLES.has(officeTitle(c.title))) continue;
      const key = officeKey(c.country, c.title);
      const list = byOffice.get(key) ?? [];
      list.push({ a, c });
      byOffice.set(key, list);
    }
  }
  for (const [key, holders] of byOffice) {
    if (allow.offices.has(key)) continue;
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const x = holders[i]!;
        const y = holders[j]!;
        if (x.a.entry.id === y.a.entry.id || !certainOverlap(x.c, y.c)) continue;
        const [country, title] = key.split('|');
        report('error', 'office-overlap', y.a, `two holders of ${country} ${title} at once: ${x.a.entry.id} (${range(x.c)}, ${x.a.file}:${x.a.line}) and ${y.a.entry.id} (${range(y.c)})`);
      }
    }
  }
}

/** True when some day is certainly inside both ranges, whatever the imprecise ends turn out to be. */
export function certainOverlap(x: DatedCode, y: DatedCode): boolean {
  const start = maxDate(latestDay(x.from), latestDay(y.from));
  const end = minDate(earliestDay(x.to), earliestDay(y.to));
  return start <= end;
}

/** The last day a (possibly partial) start date may mean: "2008" may be 2008-12-31. */
function latestDay(d: string | undefined): string {
  if (!d) return '0000-00-00';
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-${String(daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7)))).padStart(2, '0')}`;
  return d;
}

/** The first day a (possibly partial) end date may mean: "2008" may be 2008-01-01. */
function earliestDay(d: string | undefined): string {
  if (!d) return '9999-99-99';
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
const range = (c: DatedCode) => `${c.from ?? ''}..${c.to ?? ''}`;
