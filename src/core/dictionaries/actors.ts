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
  for (const { line, fields } of dictLines(file, text, { min: 4, max: 4 })) {
    const [id, typeField, namesField, codesField] = fields as [string, string, string, string];
    const fail = (why: string) => new DictionaryError(file, line, why);
    if (!ID.test(id)) throw fail(`bad id '${id}': use lower case letters, digits, '.', '-' or '_'`);
    const type = (typeField === 'org' ? 'organization' : typeField) as ActorEntryType;
    if (!TYPES.has(type)) throw fail(`unknown type '${typeField}' (one of ${[...TYPES].join(', ')})`);
    const names = listField(namesField);
    if (names.length === 0) throw fail('no names');
    const codes = listField(codesField).map((spec) => parseCodeSpec(spec, fail));
    if (codes.length === 0) throw fail('no code');
    out.push({ id, type, name: names[0]!, names, codes, origin: `${file}:${line}` });
  }
  return out;
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
    if (a && !DATE.test(a)) throw fail(`bad start date '${a}' in '${spec}'`);
    if (b && !DATE.test(b)) throw fail(`bad end date '${b}' in '${spec}'`);
    if (a && b && a > b) throw fail(`date range '${last}' ends before it starts`);
    from = a || undefined;
    to = b || undefined;
  }
  const decoded = decodeActorCode(code);
  const title = words.join(' ') || undefined;
  return { ...decoded, ...(title ? { title } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** True when an ISO date (any precision) falls inside the code's range, comparing by prefix. */
export function codeValidOn(code: DatedCode, date: string | null): boolean {
  if (!code.from && !code.to) return true;
  if (!date) return false;
  if (code.from && date.slice(0, code.from.length) < code.from) return false;
  if (code.to && date.slice(0, code.to.length) > code.to) return false;
  return true;
}

/**
 * The code an actor had on a date: the dated code covering it, else the undated fallback, else
 * the country with ELI (a former office-holder) after the last range or before the first.
 */
export function codeOn(entry: ActorEntry, date: string | null): DatedCode {
  const dated = entry.codes.filter((c) => c.from || c.to);
  const hit = dated.find((c) => codeValidOn(c, date));
  if (hit) return hit;
  const fallback = entry.codes.find((c) => !c.from && !c.to);
  if (fallback) return fallback;
  const any = dated[0]!;
  if (!date) return any;
  return { code: `${any.country ?? ''}ELI`, country: any.country, roles: ['ELI'] };
}
