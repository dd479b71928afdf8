import { ISO3 } from '../codebook/countries.js';
import type { ActorEntry } from './actors.js';
import { NON_STATE, SECTOR_ROLES } from './actor-codes.js';
import type { CheckInput, Located, Report } from './check.js';
import { type Allowances, nameKey } from './check-directives.js';

const codesOf = (e: ActorEntry) => e.codes.map((c) => `${c.code} ${c.title ?? ''} ${c.from ?? ''}..${c.to ?? ''}`).join('; ');

/**
 * An id defined twice in one file is a mistake; in two files of one set it may add names (as
 * countries-extra.txt does) but must not change the type or codes; a later set may override.
 */
export function checkIds(input: CheckInput, report: Report): void {
  const seen = new Map<string, Located<ActorEntry>>();
  for (const a of input.actors) {
    const key = `${a.set}|${a.entry.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, a);
      continue;
    }
    const where = `${first.file}:${first.line}`;
    if (first.file === a.file) report('error', 'duplicate-id', a, `id ${a.entry.id} is already defined at line ${first.line}`);
    else if (first.entry.type !== a.entry.type || codesOf(first.entry) !== codesOf(a.entry)) {
      report('error', 'duplicate-id', a, `id ${a.entry.id} is defined at ${where} with another type or code; repeat an id only to add names`);
    }
  }
  const agents = new Map<string, Located<unknown>>();
  for (const a of input.agents) {
    const key = `${a.set}|${a.entry.id}`;
    const first = agents.get(key);
    if (first) report('error', 'duplicate-id', a, `agent id ${a.entry.id} is already defined at ${first.file}:${first.line}`);
    else agents.set(key, a);
  }
}

/** Codes start with a country (ISO 3166 alpha-3) or a non-state prefix; after a country come sectors. */
export function checkCodes(input: CheckInput, report: Report): void {
  for (const a of input.actors) {
    for (const c of a.entry.codes) {
      const problem = codeProblem(c.code);
      if (problem) report('error', 'bad-code', a, `${a.entry.id}: ${problem}`);
    }
  }
}

export function codeProblem(code: string): string | null {
  const head = code.slice(0, 3);
  if (NON_STATE.has(head)) return null; // IGO/NGO/MNC codes go on with organisation identifiers (IGOUNO, IGOWSTNAT)
  if (!ISO3.has(head)) return `code ${code} starts with '${head}', which is neither an ISO 3166 alpha-3 country nor one of ${[...NON_STATE].join(', ')}`;
  for (let i = 3; i < code.length; i += 3) {
    const sector = code.slice(i, i + 3);
    if (!SECTOR_ROLES.has(sector)) return `code ${code} has unknown sector '${sector}'`;
  }
  return null;
}

/**
 * One name, two actors: the matcher then has to guess. Same codes is only a warning (a
 * duplicate); different codes is an error unless an `@allow shared-name` says it is intended.
 */
export function checkSharedNames(input: CheckInput, allow: Allowances, report: Report): void {
  const byId = new Map<string, Located<ActorEntry>>();
  const owners = new Map<string, Located<ActorEntry>[]>();
  for (const a of input.actors) {
    const known = byId.get(a.entry.id);
    if (!known) byId.set(a.entry.id, a);
    for (const name of a.entry.names) {
      const key = nameKey(name);
      if (!key) continue;
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.entry.id === a.entry.id)) list.push(a);
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2 || allow.names.has(key)) continue;
    const [first, ...rest] = list as [Located<ActorEntry>, ...Located<ActorEntry>[]];
    const codes = (l: Located<ActorEntry>) => byId.get(l.entry.id)!.entry.codes.map((c) => c.code).join(';');
    const differ = rest.some((r) => codes(r) !== codes(first));
    const others = list.map((l) => `${l.entry.id} (${l.file}:${l.line})`).join(', ');
    report(differ ? 'error' : 'warning', 'shared-name', rest[0]!, `name '${key}' belongs to ${others}${differ ? '; add "# @allow shared-name: <name> -- <reason>" if intended' : ''}`);
  }
}

/** An agent noun in two entries: the matcher takes one of them, so the other never applies. */
export function checkAgentNouns(input: CheckInput, report: Report): void {
  const owners = new Map<string, Located<CheckInput['agents'][number]['entry']>>();
  for (const a of input.agents) {
    for (const noun of a.entry.nouns) {
      const key = nameKey(noun);
      const first = owners.get(key);
      if (!first) owners.set(key, a);
      else if (first.entry.id !== a.entry.id) {
        // Same roles, or a later set overriding ours: the coding does not go wrong, so only a warning.
        const harmless = first.entry.roles.join(' ') === a.entry.roles.join(' ') || first.set !== a.set;
        report(harmless ? 'warning' : 'error', 'shared-noun', a, `agent noun '${noun}' is also in ${first.entry.id} (${first.file}:${first.line})`);
      }
    }
  }
}
