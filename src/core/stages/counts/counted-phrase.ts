import type { Token } from '../../model/sentence.js';

// Adjectives that can head a count on their own: "30 dead", "12 wounded", "five missing".
const ADJECTIVE_HEADS = new Set(['dead', 'wounded', 'injured', 'missing', 'killed', 'detained', 'arrested', 'displaced']);
const OPENING_MARKS = /^["“‘«]$/;
const CLOSING_MARKS = /^["”’»]$/;

/**
 * What a number counts: the noun phrase right after it, up to its head noun. Adjectives,
 * participles ("suspected"), names ("Ukrainian") and hyphenated compounds
 * ("surface-to-surface") belong to it; it ends before a determiner, preposition, verb or comma.
 * "30 of the protesters" counts the protesters. Null when no noun follows.
 */
export function countedPhrase(tokens: readonly Token[], from: number, end: number): { from: number; to: number } | null {
  let i = from;
  if (tokens[i]?.key === 'of') {
    i++;
    if (tokens[i]?.pos === 'DET' || tokens[i]?.key === 'his' || tokens[i]?.key === 'their' || tokens[i]?.key === 'its') i++;
  }
  const start = i;
  let head = -1;
  let open = false;
  while (i < end) {
    const t = tokens[i]!;
    const joined = i > start && tokens[i - 1]!.end === t.start && (t.key === '-' || tokens[i - 1]!.key === '-');
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      head = i;
      // A plural noun ends the phrase: "30 soldiers Monday", "12 missile systems, rifles".
      if (t.pos === 'NOUN' && t.lemma !== t.key && /s$/.test(t.key)) break;
    } else if (ADJECTIVE_HEADS.has(t.key) && head < 0 && !isNoun(tokens[i + 1])) head = i;
    else if (t.pos === 'ADJ' || joined || (t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.key) && isModifierSlot(tokens, i, end))) {
      // a modifier: keep going
    } else if ((t.key === "'s" || t.key === "’s") && head >= 0) {
      // "people's republics"
    } else if (OPENING_MARKS.test(t.text) && /^[\p{L}\p{N}]/u.test(tokens[i + 1]?.text ?? '')) {
      // "two “people’s republics”"
      open = true;
    } else break;
    i++;
  }
  // A name is counted only in the plural ("two Koreas"); "58 Fortune 500" is a label.
  if (head < start || (tokens[head]!.pos === 'PROPN' && !/s$/.test(tokens[head]!.key))) return null;
  // Keep the closing mark of a quoted name inside the phrase.
  const closes = open && CLOSING_MARKS.test(tokens[head + 1]?.text ?? '');
  return { from: start, to: head + (closes ? 2 : 1) };
}

function isNoun(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** A participle before a noun ("suspected nationalists"), not a verb after one ("people killed"). */
function isModifierSlot(tokens: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k <= i + 3; k++) {
    const t = tokens[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
    if (t.pos !== 'ADJ' && t.key !== '-') return false;
  }
  return false;
}
