import { DictionaryError } from '../errors.js';
import { agentRoles } from './codes.js';
import { clean, commonWords, slug } from './names.js';
import type { NoteBook } from './notes.js';
import { sourceLines } from './source-lines.js';

/**
 * Converts a PETRARCH agent dictionary: `NOUN {PLURAL ...} [~CODE]`, where `{}` means "no
 * plural", no braces means the regular plural (ours adds it the same way), and `!SET!` inside a
 * noun is replaced by each member of a substitution set `!SET! = A, B, C` defined earlier.
 * `[~GOV]` appends the agent's code to its owner's, `[NGO~]` puts it first; we can only append
 * roles, so a prefix code becomes a role too (noted), and sub-codes that are not roles we know
 * (FRM in GOVFRM) are dropped (noted).
 */
export function convertAgents(file: string, text: string, notes: NoteBook): string {
  const sets = new Map<string, string[]>();
  const out = [`# Converted from the PETRARCH agent dictionary ${file} by dyad's importer.`];
  const stem = slug(file);
  for (const { line, text: t } of sourceLines(text)) {
    const s = t.trim();
    if (!s) continue;
    const set = /^(![A-Za-z0-9_]+!)\s*=\s*(.*)$/.exec(s);
    if (set) {
      sets.set(set[1]!.toUpperCase(), set[2]!.split(',').map((w) => w.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(s);
    if (!m) throw new DictionaryError(file, line, `expected 'NOUN {PLURALS} [~CODE]', found '${s}'`);
    const [, noun, plurals, rawCode] = m as unknown as [string, string, string | undefined, string];
    const code = rawCode.replace(/\s+/g, '');
    const tilde = code.indexOf('~');
    if (tilde < 0) throw new DictionaryError(file, line, `agent code '[${rawCode}]' needs a '~' (before the code to append it, after it to prefix it)`);
    if (tilde > 0) notes.add(file, line, 'prefix agent code (CODE~)', `[${code}] appended as a role instead of put first`);
    const { roles, dropped } = agentRoles(code.replace('~', ''));
    if (!roles.length) {
      notes.add(file, line, 'agent code with no role we know', `'${noun}' [${code}] dropped`);
      continue;
    }
    if (dropped.length) notes.add(file, line, 'agent sub-code that is not a role', `${dropped.join(', ')} dropped from [${code}]`);
    const nouns = expand(noun, sets, file, line);
    const explicit = plurals === undefined ? [] : plurals.split(/\s+/).filter(Boolean).flatMap((p) => expand(p, sets, file, line));
    // Our parser adds regular plurals unless told not to; PETRARCH's braces and sets list them.
    const noplural = plurals !== undefined || nouns.length > 1 || noun.includes('!');
    const all = [...new Set([...nouns, ...explicit].map((n) => clean(commonWords(n))).filter(Boolean))];
    out.push(`petr.${stem}.l${line} | ${roles.join(' ')} | ${all.join('; ')}${noplural ? ' | noplural' : ''}`);
  }
  return out.join('\n') + '\n';
}

/** `CONGRESS!PERSON!` with `!PERSON! = MAN, MEN` → CONGRESSMAN, CONGRESSMEN. */
function expand(noun: string, sets: Map<string, string[]>, file: string, line: number): string[] {
  const m = /![A-Za-z0-9_]+!/.exec(noun);
  if (!m) return [noun];
  const members = sets.get(m[0].toUpperCase());
  if (!members) throw new DictionaryError(file, line, `substitution set ${m[0]} is not defined before it is used`);
  return members.flatMap((w) => expand(noun.slice(0, m.index) + w + noun.slice(m.index + m[0].length), sets, file, line));
}
