import type { Sentence, Token } from '../../model/sentence.js';
import { spanIndexAt } from '../../text/search.js';

export type Cue = 'past' | 'future';

const MODALS_OF_FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'would', "'d"]);
const PRESENT_FORMS = new Set(['are', 'am', "'re", "'m", 'is', "'s"]);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have', "'ve"]);
// "is scheduled for Monday", "was planned for March": the date is when the arranged thing happens.
const ARRANGE = new Set(['schedule', 'expect', 'plan', 'slate', 'due']);
// Words inside a verb group that do not end it: "will not", "had also", "is to".
const IN_GROUP = new Set(['not', "n't", 'also', 'still', 'to', 'be', 'been', 'being', 'going', 'just', 'already', 'then']);
// A date after these is a deadline or a start: a past verb says nothing of it ("extended to Nov. 20").
const DEADLINE = new Set(['by', 'until', 'till', 'through', 'to', 'effective', 'payable', 'before', 'starting', 'beginning', 'expires', 'expire', 'due']);
// A date after these modifies a noun ("the Jan. 14 deadline", "a June agreement"): no verb is its own.
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
// The nearest verb is only the date's own within its clause.
const CLAUSE_BOUNDARY = new Set([',', ';', ':', '(', '-', '--', 'where', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'whereas']);

/**
 * The tense around a date that names no year ("in July", "on Monday"): "since" before it means
 * the past; else the verb group nearest before it in its clause, else the first one after it.
 * Null when the verb is in the present, when nothing says, or when the date belongs to a noun
 * ("Friday's ruling", "the Jan. 14 deadline"). After a deadline word ("by August") only a future
 * verb counts.
 */
export function tenseCue(tokens: readonly Token[], sentences: readonly Sentence[], start: number, end: number): Cue | null {
  const first = tokenIndexAt(tokens, start);
  if (first < 0) return null;
  const s = sentences[tokens[first]!.sentence];
  if (!s) return null;
  const after = tokenIndexAt(tokens, end);
  if (after >= 0 && tokens[after]!.start === end && (tokens[after]!.norm === "'s" || tokens[after]!.norm === "'")) return null;
  const before = first > s.tokenStart ? tokens[first - 1]!.norm : '';
  if (before === 'since') return 'past';
  // "as soon as Tuesday", "as early as March": the earliest time something can happen.
  if (before === 'as' && first >= 3 && tokens[first - 3]!.norm === 'as' && /^(?:soon|early)$/.test(tokens[first - 2]!.norm)) return 'future';
  if (DETERMINERS.has(before)) return null;
  const cue = verbCue(tokens, s, first, end);
  return DEADLINE.has(before) && cue === 'past' ? null : cue;
}

function verbCue(tokens: readonly Token[], s: Sentence, first: number, end: number): Cue | null {
  for (let i = first - 1; i >= s.tokenStart; i--) {
    const t = tokens[i]!;
    if (CLAUSE_BOUNDARY.has(t.norm)) break;
    if (isVerb(t)) return groupTense(tokens, i, s.tokenStart);
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

/**
 * Reads the verb group ending at token `head`, walking back no further than `floor`. An
 * infinitive looks ahead of a present verb ("is to resume", "plans to meet"); after a past one
 * ("voted to support", "decided to admit") it may have happened or not, so nothing is said.
 */
function groupTense(tokens: readonly Token[], head: number, floor: number): Cue | null {
  for (let i = head; i >= floor; i--) {
    const t = tokens[i]!;
    if (i < head && !isVerb(t) && !IN_GROUP.has(t.norm)) break;
    if (MODALS_OF_FUTURE.has(t.norm) || ARRANGE.has(t.lemma)) return 'future';
    if (t.norm === 'to' && i < head) {
      const governor = i - 1;
      if (governor < floor || !isVerb(tokens[governor]!)) return null;
      return groupTense(tokens, governor, floor) === 'past' ? null : 'future';
    }
    if (PAST_AUX.has(t.norm)) return 'past';
    if (i === head && isPastForm(t)) {
      // A participle may still belong to "will be held" or "is held": read its auxiliaries.
      const aux = auxiliaryOf(tokens, i, floor);
      return aux === 'present' ? null : aux ?? 'past';
    }
  }
  return null;
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
export const tokenIndexAt = (tokens: readonly Token[], offset: number): number => spanIndexAt(tokens, offset);
