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
  /** Extra code letters appended after the roles (CAMEO sub-sectors), rarely used. */
  origin: string;
}

const ID = /^[a-z0-9][a-z0-9._\-]*$/;

/** Parses `id | ROLE [ROLE] | noun ; noun | flags` (flags: `person`, `title=...`, `noplural`). */
export function parseAgents(file: string, text: string): AgentEntry[] {
  const out: AgentEntry[] = [];
  for (const { line, fields } of dictLines(file, text, { min: 3, max: 4 })) {
    const [id, rolesField, nounsField, flagsField = ''] = fields as [string, string, string, string?];
    const fail = (why: string) => new DictionaryError(file, line, why);
    if (!ID.test(id)) throw fail(`bad id '${id}'`);
    const roles = rolesField.split(/\s+/).filter(Boolean);
    for (const r of roles) if (!SECTOR_ROLES.has(r)) throw fail(`unknown role '${r}'`);
    const flags = flagsField.split(/\s+/).filter(Boolean);
    let person = false;
    let noplural = false;
    let title: string | undefined;
    for (const f of flags) {
      if (f === 'person') person = true;
      else if (f === 'noplural') noplural = true;
      else if (f.startsWith('title=')) title = f.slice(6).replace(/_/g, ' ');
      else throw fail(`unknown flag '${f}' (person, noplural, title=...)`);
    }
    const listed = listField(nounsField);
    if (listed.length === 0) throw fail('no nouns');
    const nouns = noplural ? listed : withPlurals(listed);
    out.push({ id, roles, nouns, person, ...(title ? { title } : {}), origin: `${file}:${line}` });
  }
  return out;
}

/** Adds regular English plurals of each phrase's last word ("minister" → "ministers"). */
export function withPlurals(phrases: string[]): string[] {
  const out = new Set(phrases);
  for (const p of phrases) {
    const m = /^(.*?)(\S+)$/.exec(p);
    if (!m) continue;
    const [, head, last] = m as unknown as [string, string, string];
    if (!/^[a-z]+$/.test(last) || last.length < 3) continue;
    out.add(head + plural(last));
  }
  return [...out];
}

function plural(w: string): string {
  if (/(s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/man$/.test(w)) return `${w.slice(0, -3)}men`;
  return `${w}s`;
}
