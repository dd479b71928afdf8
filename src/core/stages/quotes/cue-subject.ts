import type { Sentence, Token } from '../../model/sentence.js';
import { type Cue, lastCueEndingBy } from './cues.js';
import { npStartingAt, type Subject, subjectBefore, type TokenRange } from './noun-phrase.js';

// How many words "according to ..." may name before its comma: "according to a new Washington Post-ABC News national poll".
const ACCORDING_WINDOW = 12;
// How far back the subject of a participle or a joined verb is looked for.
const CLAUSE_REACH = 40;

/**
 * Who speaks through a cue: the phrase after "according to"; for a participle after a comma
 * ("Sanders said, adding ...") the subject of the cue before it; otherwise the subject before the
 * verb (see subjectBefore). Null when none is found.
 */
export function cueSubject(tokens: readonly Token[], s: Sentence, cue: Cue, cues: readonly Cue[], depth = 0): Subject | null {
  if (cue.according) {
    const np = npStartingAt(tokens, cue.to, s.tokenEnd) ?? untilComma(tokens, cue.to, s.tokenEnd);
    return np ? { range: np } : null;
  }
  const verb = tokens[cue.from]!;
  if (/ing$/.test(verb.key) && !isAux(tokens[cue.from - 1])) {
    // "Sanders said, adding ...", "Clinton chimed in, saying ...": the participle has the subject
    // of the clause it hangs on, the cue before it when there is one.
    const prev = cues[lastCueEndingBy(cues, cue.from)];
    if (depth > 2) return null;
    if (prev) return cueSubject(tokens, s, prev, cues, depth + 1) ?? inverted(tokens, prev, cue.from - 1);
    return clauseSubject(tokens, s, cue.from);
  }
  const own = subjectBefore(tokens, cue.from, s.tokenStart);
  if (own) return own;
  // "X supported Democrats ... and said ...": a verb joined to an earlier one shares its subject.
  let j = cue.from - 1;
  while (j > s.tokenStart && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) j--;
  return tokens[j]?.pos === 'CCONJ' ? clauseSubject(tokens, s, j) : null;
}

/** The subject of the first verb of the sentence (within reach) before token `before` that has one. */
function clauseSubject(tokens: readonly Token[], s: Sentence, before: number): Subject | null {
  for (let k = Math.max(s.tokenStart + 1, before - CLAUSE_REACH); k < before; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && !(t.pos === 'AUX' && tokens[k + 1]?.pos !== 'VERB')) continue;
    const subject = subjectBefore(tokens, k, s.tokenStart);
    if (subject) return subject;
  }
  return null;
}

function isAux(t: Token | undefined): boolean {
  return !!t && t.pos === 'AUX';
}

/** "said Mr. Kim": a subject right after the verb, ending by `end`. */
export function inverted(tokens: readonly Token[], cue: Cue, end: number): Subject | null {
  const np = npStartingAt(tokens, cue.to, end);
  return np ? { range: np } : null;
}

function untilComma(tokens: readonly Token[], from: number, end: number): TokenRange | null {
  let to = from;
  while (to < end && to < from + ACCORDING_WINDOW && !/^[,;:.!?]$/.test(tokens[to]!.key)) to++;
  return to > from ? { from, to } : null;
}
