import { SECTOR_ROLES } from './actor-codes.js';
import { DictionaryError } from './errors.js';
import { dictLines, listField } from './lines.js';

/**
 * A common noun that names an institution or group ("government", "troops", "national guard").
 * Combined with a country ("Russia's National Guard") it gives a full actor code.
 */
export interface AgentEntry {
  id: string;
  roles: string[];
  nouns: string[];
  /** The noun names one person ("president", "foreign minister"): a candidate for he/she. */
  person: boolean;
  title?: string;
  /** `file:line` where the entry was defined. */
  origin: string;
}

const ID = /^[a-z0-9][a-z0-9._\-]*$/;

/** Parses `id | ROLE [ROLE] | noun ; noun | flags` (flags: `person`, `title=...`, `noplural`). */
export function parseAgents(file: string, text: string): AgentEntry[] {
  const out: AgentEntry[] = [];
  for (const { line, fields } of dictLines(file, text, { min: 3, max: 4 })) out.push(parseAgentRecord(file, line, fields));
  return out;
}

/** One agent line already split into fields (the checker parses line by line to report every error). */
export function parseAgentRecord(file: string, line: number, fields: readonly string[]): AgentEntry {
  const [id, rolesField, nounsField, flagsField = ''] = fields as [string, string, string, string?];
  const fail = (why: string) => new DictionaryError(file, line, why);
  if (!ID.test(id)) throw fail(`bad id '${id}'`);
  const roles = rolesField.split(/\s+/).filter(Boolean);
  if (roles.length === 0) throw fail('no role');
  for (const r of roles) if (!SECTOR_ROLES.has(r)) throw fail(`unknown role '${r}'`);
  const flags = flagsField.split(/\s+/).filter(Boolean);
  let person = false;
  let noplural = false;
  let title: string | undefined;
  for (const f of flags) {
    if (f === 'person') person = true;
    else if (f === 'noplural') noplural = true;
    else if (f.startsWith('title=') && f.length > 6) title = f.slice(6).replace(/_/g, ' ');
    else throw fail(`unknown flag '${f}' (person, noplural, title=...)`);
  }
  const listed = listField(nounsField);
  if (listed.length === 0) throw fail('no nouns');
  const nouns = noplural ? listed : withPlurals(listed);
  return { id, roles, nouns, person, ...(title ? { title } : {}), origin: `${file}:${line}` };
}

/** Words after which a phrase's head noun has ended: "chief of staff", "minister for defence". */
const POST_HEAD = new Set(['of', 'for', 'in', 'to', 'on', 'at', 'without']);
const IRREGULAR: Record<string, string> = { person: 'people', child: 'children', woman: 'women', man: 'men' };
/** Nouns with no plural of their own, and words already plural ("troops", "officials", "forces"). */
const NO_PLURAL = new Set(['people', 'police', 'media', 'staff', 'personnel', 'clergy', 'press']);
const isPlural = (w: string) => /[^su]s$/.test(w) && !/(?:is|ous)$/.test(w);

/**
 * Adds regular English plurals of each phrase's head noun: the last word, or the word before
 * "of"/"for" ("minister" → "ministers", "chief of staff" → "chiefs of staff").
 */
export function withPlurals(phrases: string[]): string[] {
  const out = new Set(phrases);
  for (const p of phrases) {
    const words = p.split(' ');
    let head = words.length - 1;
    const post = words.findIndex((w, i) => i > 0 && POST_HEAD.has(w));
    if (post > 0) head = post - 1;
    const word = words[head]!;
    if (!/^[a-z]+$/.test(word) || word.length < 3 || NO_PLURAL.has(word) || isPlural(word)) continue;
    words[head] = plural(word);
    out.add(words.join(' '));
  }
  return [...out];
}

function plural(w: string): string {
  for (const [sing, pl] of Object.entries(IRREGULAR)) if (w === sing || (w.endsWith(sing) && sing.length > 3)) return w.slice(0, w.length - sing.length) + pl;
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/man$/.test(w)) return `${w.slice(0, -3)}men`;
  return `${w}s`;
}
