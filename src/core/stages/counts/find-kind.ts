import type { Token } from '../../model/sentence.js';
import { type CountKind, type KindIndex } from './count-kinds.js';

// Heads too general to say what is counted; their modifiers do ("12 missile systems").
const GENERIC_HEADS = new Set(['system', 'vehicle', 'unit', 'battery', 'piece', 'round', 'type', 'member', 'person', 'people']);
const THINGS = new Set(['weapons']);
// Verbs that need no passive to happen to their subject: "30 people died", "hundreds fled".
const INTRANSITIVE = new Set(['die', 'perish', 'flee', 'disappear', 'protest', 'demonstrate', 'march', 'rally', 'dead', 'missing', 'injured', 'wounded']);

/**
 * The kind of a count: a verb just before the number ("killed 30", "detained 50 suspected"), a
 * verb after the counted phrase in the passive or intransitive ("were killed", "died", "were
 * being held", "30 people killed in"), else the head noun (or a modifier of a general head).
 */
export function findKind(tokens: readonly Token[], index: KindIndex, start: number, phrase: { from: number; to: number }, sentence: { tokenStart: number; tokenEnd: number }): CountKind | null {
  const noun = nounKind(tokens, index, phrase);
  // Things stay things whatever is done to them: "12 missile systems were captured".
  if (noun && THINGS.has(noun.kind)) return noun;
  const before = tokens[start - 1];
  if (before && before.pos === 'VERB' && start - 1 >= sentence.tokenStart) {
    const k = index.byVerb.get(before.lemma);
    if (k) return k;
  }
  return verbAfter(tokens, index, phrase.to, sentence.tokenEnd) ?? noun;
}

function nounKind(tokens: readonly Token[], index: KindIndex, phrase: { from: number; to: number }): CountKind | null {
  const head = tokens[phrase.to - 1]!;
  const byHead = index.byNoun.get(head.lemma) ?? index.byNoun.get(head.key);
  if (byHead) return byHead;
  if (GENERIC_HEADS.has(head.lemma)) {
    for (let i = phrase.to - 2; i >= phrase.from; i--) {
      const k = index.byNoun.get(tokens[i]!.lemma);
      if (k) return k;
    }
  }
  return null;
}

function verbAfter(tokens: readonly Token[], index: KindIndex, from: number, end: number): CountKind | null {
  let i = from;
  let passive = false;
  let aux = false;
  while (i < end && i < from + 4 && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART')) {
    if (tokens[i]!.lemma === 'be' || tokens[i]!.lemma === 'get') passive = true;
    if (tokens[i]!.pos === 'AUX') aux = true;
    i++;
  }
  const t = tokens[i];
  if (!t || i >= end) return null;
  const k = index.byVerb.get(t.lemma) ?? index.byVerb.get(t.key);
  if (!k) return null;
  if (INTRANSITIVE.has(t.lemma) || INTRANSITIVE.has(t.key) || passive) return k;
  // "30 people killed in the attack": a participle right after the phrase, with no object.
  const next = tokens[i + 1];
  if (!aux && /(?:ed|en)$/.test(t.key) && (!next || next.pos === 'ADP' || next.pos === 'PUNCT')) return k;
  return null;
}
