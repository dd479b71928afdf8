import type { EntityType } from '../model/actor.js';
import { decodeActorCode } from './actor-codes.js';
import { DictionaryError } from './errors.js';
import { dictLines, listField } from './lines.js';

/** One code an actor carries, possibly only between two dates ("RUSGOV president 2012-05-07.."). */
export interface DatedCode {
  code: string;
  country: string | null;
  roles: string[];
  title?: string;
  /** Inclusive ISO date prefixes (YYYY, YYYY-MM or YYYY-MM-DD); absent means open. */
  from?: string;
  to?: string;
}

export type ActorEntryType = EntityType | 'capital';

export interface ActorEntry {
  id: string;
  type: ActorEntryType;
  /** The first name listed: the canonical name. */
  name: string;
  names: string[];
  codes: DatedCode[];
  /** `file:line` where the entry was defined. */
  origin: string;
}

const TYPES = new Set<ActorEntryType>(['country', 'capital', 'person', 'organization', 'igo', 'group', 'media', 'place']);
const ID = /^[a-z0-9][a-z0-9._\-]*$/;
const CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Parses an actor dictionary: `id | type | names ; ... | code spec ; ...` where a code spec is
 * `CODE [title words] [FROM..TO]`. See docs/dictionaries.md.
 */
export function parseActors(file: string, text: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const { line, fields } of dictLines(file, text, { min: 4, max: 4 })) out.push(parseActorRecord(file, line, fields));
  return out;
}

/** One actor line already split into its four fields (the checker parses line by line to report every error). */
export function parseActorRecord(file: string, line: number, fields: readonly string[]): ActorEntry {
  const [id, typeField, namesField, codesField] = fields as [string, string, string, string];
  const fail = (why: string) => new DictionaryError(file, line, why);
  if (!ID.test(id)) throw fail(`bad id '${id}': use lower case letters, digits, '.', '-' or '_'`);
  const type = (typeField === 'org' ? 'organization' : typeField) as ActorEntryType;
  if (!TYPES.has(type)) throw fail(`unknown type '${typeField}' (one of ${[...TYPES].join(', ')})`);
  const names = listField(namesField);
  if (names.length === 0) throw fail('no names');
  const codes = listField(codesField).map((spec) => parseCodeSpec(spec, fail));
  if (codes.length === 0) throw fail('no code');
  return { id, type, name: names[0]!, names, codes, origin: `${file}:${line}` };
}

export function parseCodeSpec(spec: string, fail: (why: string) => Error): DatedCode {
  const words = spec.split(/\s+/);
  const code = words.shift()!;
  if (!CODE.test(code)) throw fail(`bad actor code '${code}': upper-case letters in groups of three`);
  let from: string | undefined;
  let to: string | undefined;
  const last = words[words.length - 1];
  if (last && last.includes('..')) {
    words.pop();
    const [a, b] = last.split('..') as [string, string];
    if (a && !isDate(a)) throw fail(`bad start date '${a}' in '${spec}'`);
    if (b && !isDate(b)) throw fail(`bad end date '${b}' in '${spec}'`);
    // Compare on the common precision: "2012-05..2012" is May to December 2012, not a reversed range.
    if (a && b && comparePrefix(a, b) > 0) throw fail(`date range '${last}' ends before it starts`);
    from = a || undefined;
    to = b || undefined;
  }
  const decoded = decodeActorCode(code);
  const title = words.join(' ') || undefined;
  return { ...decoded, ...(title ? { title } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real month and day ("2021-02-30" is not). */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const month = s.length >= 7 ? Number(s.slice(5, 7)) : 1;
  if (month < 1 || month > 12) return false;
  if (s.length < 10) return true;
  const day = Number(s.slice(8, 10));
  return day >= 1 && day <= daysInMonth(Number(s.slice(0, 4)), month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Compares two ISO date prefixes on the precision they share: "2012" and "2012-05-07" are equal. */
export function comparePrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The title an office is known by, for comparing offices: lower case, without "acting",
 * "interim" or "incumbent" (an acting president holds the presidency).
 */
export function officeTitle(title: string): string {
  return title.toLowerCase().replace(/^(acting|interim|incumbent)\s+/, '').trim();
}

/**
 * True when an ISO date (any precision) falls inside the code's range. Dates are compared on the
 * precision both have, so an article dated only "2012" is inside a range starting 2012-05-07.
 */
export function codeValidOn(code: DatedCode, date: string | null): boolean {
  if (!code.from && !code.to) return true;
  if (!date) return false;
  if (code.from && comparePrefix(date, code.from) < 0) return false;
  if (code.to && comparePrefix(date, code.to) > 0) return false;
  return true;
}

/**
 * The code an actor had on a date: the first dated code covering it (list order is priority),
 * else the undated fallback, else the country of the nearest range with ELI (a former or future
 * office-holder). Without a date, the first code listed.
 */
export function codeOn(entry: ActorEntry, date: string | null): DatedCode {
  const dated = entry.codes.filter((c) => c.from || c.to);
  const hit = dated.find((c) => codeValidOn(c, date));
  if (hit) return hit;
  const fallback = entry.codes.find((c) => !c.from && !c.to);
  if (fallback) return fallback;
  if (!date) return dated[0]!;
  const near = nearestRange(dated, date);
  const country = near.country ?? dated.find((c) => c.country)?.country ?? null;
  // An international official with no national spec: keep the organisation's code rather than a bare "ELI".
  if (!country) return near;
  return { code: `${country}ELI`, country, roles: ['ELI'] };
}

/** The range ending last before `date`, or if none, the one starting first after it. */
function nearestRange(dated: DatedCode[], date: string): DatedCode {
  const before = dated.filter((c) => c.to && comparePrefix(c.to, date) < 0).sort((a, b) => (a.to! < b.to! ? 1 : -1));
  if (before[0]) return before[0];
  const after = dated.filter((c) => c.from && comparePrefix(c.from, date) > 0).sort((a, b) => (a.from! < b.from! ? -1 : 1));
  return after[0] ?? dated[0]!;
}
