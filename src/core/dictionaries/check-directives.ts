import { phraseKeys } from '../text/normalize.js';
import { officeTitle } from './actors.js';
import type { Report } from './check.js';

/**
 * Intended ambiguity, declared where it is decided, in an actor file comment with a reason:
 *
 *     # @allow shared-name: Georgia -- the country and the US state; world news means the country
 *     # @allow shared-office: LBY prime minister -- rival governments in Tripoli and the east
 *
 * The checker then stays quiet about that name or office. Loaders ignore these lines (comments).
 */
export interface Allowances {
  /** Name keys (see `nameKey`). */
  names: Set<string>;
  /** `CCC|title` office keys. */
  offices: Set<string>;
}

const DIRECTIVE = /^\s*#\s*@allow\s+([a-z-]+)\s*:\s*(.*?)\s*$/;

export function readAllowances(files: { set: number; file: string; text: string }[], report: Report): Allowances {
  const allow: Allowances = { names: new Set(), offices: new Set() };
  for (const f of files) {
    f.text.split(/\r?\n/).forEach((raw, i) => {
      const m = DIRECTIVE.exec(raw);
      if (!m) return;
      const at = { set: f.set, file: f.file, line: i + 1 };
      const [what, reason] = m[2]!.split(/\s+--\s+/, 2) as [string, string?];
      if (!reason?.trim()) report('warning', 'directive', at, `@allow ${m[1]} needs a reason after ' -- '`);
      if (m[1] === 'shared-name') allow.names.add(nameKey(what));
      else if (m[1] === 'shared-office') {
        const office = /^([A-Z]{3})\s+(.+)$/.exec(what.trim());
        if (office) allow.offices.add(officeKey(office[1]!, office[2]!));
        else report('error', 'directive', at, `@allow shared-office wants 'CCC title', e.g. 'LBY prime minister'`);
      } else report('error', 'directive', at, `unknown @allow '${m[1]}' (shared-name, shared-office)`);
    });
  }
  return allow;
}

/** Names compare the way the matcher compares them: folded words, hyphens and periods ignored. */
export function nameKey(name: string): string {
  return phraseKeys(name).join(' ');
}

export function officeKey(country: string, title: string): string {
  return `${country}|${officeTitle(title)}`;
}
