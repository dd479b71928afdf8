import type { Token } from '../../model/sentence.js';
import type { MatchScope } from './match-pattern.js';
import type { VerbPattern } from './verb-lexicon.js';

/**
 * A cheap test that rules out most patterns before `matchPattern` tries them: every word a pattern
 * requires (its non-optional words and synsets, the trigger aside) must occur somewhere in the
 * scope, by key, lemma or stem, since that is all `matchPattern` compares words by. Over 95% of
 * the patterns tried on a trigger fail, most of them for want of such a word.
 */
export function mayMatch(p: VerbPattern, forms: ReadonlySet<string>): boolean {
  for (const need of requiredOf(p)) if (!need.some((words) => words.every((w) => forms.has(w)))) return false;
  return true;
}

/** Every key, lemma and stem in the scope. */
export function scopeForms(scope: MatchScope): Set<string> {
  const forms = new Set<string>();
  const { tokens } = scope;
  for (let i = scope.from; i < scope.to; i++) {
    addForms(forms, tokens[i]!);
    // "peace-keeping" in three tokens may match "peacekeeping" (see matchPattern).
    if (tokens[i]!.key === '-' && i > scope.from && i + 1 < scope.to) forms.add(tokens[i - 1]!.key + tokens[i + 1]!.key);
  }
  return forms;
}

function addForms(forms: Set<string>, t: Token): void {
  forms.add(t.key);
  forms.add(t.lemma);
  for (const s of t.stems) forms.add(s);
}

/** Per required element, its alternatives, each a list of words that must all occur. */
type Required = string[][][];
const REQUIRED = new WeakMap<VerbPattern, Required>();

function requiredOf(p: VerbPattern): Required {
  let req = REQUIRED.get(p);
  if (!req) {
    req = [];
    p.elements.forEach((e, j) => {
      if (j === p.head || e.optional) return;
      if (e.kind === 'word') req!.push(e.alts.map((a) => [a]));
      else if (e.kind === 'set') req!.push(e.members);
    });
    REQUIRED.set(p, req);
  }
  return req;
}
