import type { Sentence, Token } from '../../model/sentence.js';

export type Cue = 'past' | 'future';

const MODALS_OF_FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would', "'d"]);
const PRESENT_FORMS = new Set(['are', 'am', "'re", "'m", 'is', "'s"]);
const PAST_AUX = new Set(['was', 'were', 'had', "'d", 'did', 'has', 'have', "'ve"]);
// "is scheduled for Monday", "are expected in March": a present passive of these points ahead.
const ARRANGE = new Set(['schedule', 'expect', 'plan', 'set', 'slate', 'due']);
// Words inside a verb group that do not end it: "will not", "had also", "is to".
const IN_GROUP = new Set(['not', "n't", 'also', 'still', 'to', 'be', 'been', 'being', 'going', 'just', 'already', 'then']);

/**
 * The tense around a date that names no year ("in July", "on Monday"): a preposition that only
 * the past takes ("since"), else the verb group nearest before the date in its sentence, else the
 * first after it. Null when the verb is in the present, when the date is a possessive ("Friday's
 * ruling") or follows a word that sets a deadline ("by Jan. 14", "effective Feb. 1"), or when
 * nothing says.
 */
export function tenseCue(tokens: readonly Token[], sentences: readonly Sentence[], start: number, end: number): Cue | null {
  const first = tokenIndexAt(tokens, start);
  if (first < 0) return null;
  const s = sentences[tokens[first]!.sentence];
  if (!s) return null;
  const after = tokenIndexAt(tokens, end);
  if (after >= 0 && tokens[after]!.start === end && (tokens[after]!.norm === "'s" || tokens[after]!.norm === "'")) return null;
  const before = first > s.tokenStart ? tokens[first - 1]! : null;
  if (before && DEADLINE.has(before.norm)) return null;
  if (before?.norm === 'since') return 'past';
  for (let i = first - 1; i >= s.tokenStart; i--) {
    if (isVerb(tokens[i]!)) return groupTense(tokens, i, s.tokenStart);
  }
  for (let i = first; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.start >= end && isVerb(t)) {
      // The first verb after: walk to the end of its group, then read it.
      let last = i;
      while (last + 1 < s.tokenEnd && (isVerb(tokens[last + 1]!) || IN_GROUP.has(tokens[last + 1]!.norm))) last++;
      return groupTense(tokens, last, i);
    }
  }
  return null;
}

// A date after these is a deadline or a start, whatever the tense of the verb ("extended to Nov. 20").
const DEADLINE = new Set(['by', 'until', 'till', 'through', 'to', 'effective', 'payable', 'before', 'starting', 'beginning', 'expires', 'expire', 'due']);

/**
 * Reads the verb group ending at token `head`, walking back no further than `floor`. An
 * infinitive takes the tense of the verb that governs it: "voted to support" is past, "is to
 * resume" and "plans to meet" are ahead.
 */
function groupTense(tokens: readonly Token[], head: number, floor: number): Cue | null {
  let present = false;
  let arranged = false;
  for (let i = head; i >= floor; i--) {
    const t = tokens[i]!;
    if (i < head && !isVerb(t) && !IN_GROUP.has(t.norm)) break;
    if (MODALS_OF_FUTURE.has(t.norm)) return 'future';
    if (t.norm === 'to' && i < head) {
      const governor = i - 1;
      if (governor < floor || !isVerb(tokens[governor]!)) return null;
      if (ARRANGE.has(tokens[governor]!.lemma)) return 'future';
      return groupTense(tokens, governor, floor) === 'past' ? 'past' : 'future';
    }
    if (ARRANGE.has(t.lemma)) arranged = true;
    if (PAST_AUX.has(t.norm)) return 'past';
    if (PRESENT_FORMS.has(t.norm)) present = true;
    else if (i === head && isPastForm(t)) {
      // A participle may still belong to "is scheduled": look at its auxiliaries first.
      const aux = auxiliaryOf(tokens, i, floor);
      if (aux === 'future') return 'future';
      if (aux === 'present') return arranged ? 'future' : null;
      return 'past';
    }
  }
  return present && arranged ? 'future' : null;
}

function auxiliaryOf(tokens: readonly Token[], i: number, floor: number): Cue | 'present' | null {
  for (let k = i - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (!isVerb(t) && !IN_GROUP.has(t.norm)) return null;
    if (MODALS_OF_FUTURE.has(t.norm) || t.norm === 'to') return 'future';
    if (PAST_AUX.has(t.norm)) return 'past';
    if (PRESENT_FORMS.has(t.norm)) return 'present';
  }
  return null;
}

function isVerb(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

/** "said", "delivered", "had": a form unlike its lemma that is not a present form. */
function isPastForm(t: Token): boolean {
  if (t.norm === t.lemma || PRESENT_FORMS.has(t.norm)) return false;
  return !/(?:s|ing)$/.test(t.norm);
}

/** The index of the token covering (or first after) `offset`, or -1. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}
