import { EN_PARTICIPLE } from '../../text/participles.js';
import type { Token } from '../../model/sentence.js';

export type Tense = 'past' | 'present' | 'perfect' | 'future' | 'nonfinite';

/** The auxiliaries, negation and voice around a verb: "has not been detained". */
export interface VerbGroup {
  /** First token of the group (an auxiliary, or the verb itself). */
  start: number;
  verb: number;
  passive: boolean;
  negated: boolean;
  negation?: string;
  tense: Tense;
  modal: string | null;
  /** The verb is an infinitive after "to". */
  infinitive: boolean;
}

const STATIVE = new Set(['opposed', 'committed', 'determined', 'concerned', 'worried', 'interested', 'pleased', 'disappointed', 'satisfied', 'convinced', 'prepared', 'divided', 'united', 'dedicated', 'resolved', 'inclined', 'poised', 'set', 'supposed', 'used', 'accustomed', 'entitled', 'obliged', 'bound', 'engaged', 'involved', 'ready']);
const STATIVE_NEXT = new Set(['to', 'about', 'over', 'with', 'that', 'in', 'on']);
const NEGATIONS = new Set(['not', "n't", 'never']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am', 'get', 'got', 'gets', 'getting', 'gotten']);
const HAVE = new Set(['has', 'have', 'had', "'ve", "'d"]);
const PAST_AUX = new Set(['did', 'was', 'were', 'had']);

/** Looks left from the verb over auxiliaries, adverbs and negation to describe its group. */
export function verbGroup(tokens: readonly Token[], verb: number, sentenceStart: number): VerbGroup {
  const v = tokens[verb]!;
  let start = verb;
  let passive = false;
  let negated = false;
  let negation: string | undefined;
  let modal: string | null = null;
  let perfect = false;
  let pastAux = false;
  let infinitive = false;
  let sawBe = false;
  let hasAux = false;
  for (let i = verb - 1; i >= sentenceStart && i >= verb - 6; i--) {
    const t = tokens[i]!;
    const k = t.key;
    if (NEGATIONS.has(k) || (k === 'longer' && tokens[i - 1]?.key === 'no')) {
      negated = true;
      negation ??= t.text;
      start = i;
      continue;
    }
    if (t.pos === 'ADV') {
      start = i;
      continue;
    }
    if (k === 'to' && t.pos === 'PART') {
      infinitive = true;
      start = i;
      break;
    }
    if (t.pos !== 'AUX' && !BE.has(k) && !HAVE.has(k) && !MODALS.has(k)) break;
    start = i;
    hasAux = true;
    if (MODALS.has(k)) modal ??= k === "'ll" || k === 'wo' ? 'will' : k === 'ca' ? 'can' : k;
    else if (HAVE.has(k)) perfect = true;
    if (BE.has(k) && i === lastAuxBefore(tokens, verb, i)) sawBe = true;
    if (PAST_AUX.has(k)) pastAux = true;
  }
  // "Israel is opposed to", "is committed to", "was concerned about": a state, not a passive.
  if (sawBe && isParticiple(v) && !(STATIVE.has(v.norm) && STATIVE_NEXT.has(tokens[verb + 1]?.key ?? ''))) passive = true;
  if (!hasAux && !infinitive && isParticiple(v) && (existentialBefore(tokens, verb, sentenceStart) || reducedRelative(tokens, verb, sentenceStart))) passive = true;
  const tense: Tense = infinitive
    ? 'nonfinite'
    : modal === 'will' || modal === 'shall'
      ? 'future'
      : perfect
        ? 'perfect'
        : pastAux || (!hasAux && isPastForm(v))
          ? 'past'
          : 'present';
  return { start, verb, passive, negated, ...(negation ? { negation } : {}), tense, modal, infinitive };
}

const NP_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** "There were 10 soldiers killed": the participle after an existential's noun phrase is passive. */
function existentialBefore(tokens: readonly Token[], verb: number, floor: number): boolean {
  let i = verb - 1;
  while (i >= floor && i >= verb - 8 && (NP_POS.has(tokens[i]!.pos) || tokens[i]!.key === '-')) i--;
  if (i === verb - 1 || i - 1 < floor) return false;
  return BE.has(tokens[i]!.key) && tokens[i - 1]!.key === 'there';
}

const REDUCED_NEXT = new Set(['by', 'in', 'for', 'at', 'during', 'over', 'after', 'on', 'since', 'near', 'from', 'last', 'earlier', 'this', 'yesterday']);
const FINITE_BE_HAVE = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

/**
 * "The civilians imprisoned for acting against Moscow were released": a participle right after a
 * plural noun, with the sentence's own "were" or "have" still to come, modifies the noun; it is
 * passive ("civilians who were imprisoned"). Without a later finite auxiliary ("Rebels killed in
 * the north") the reading stays active.
 */
function reducedRelative(tokens: readonly Token[], verb: number, floor: number): boolean {
  const prev = tokens[verb - 1];
  const next = tokens[verb + 1];
  // (A sentence-opening plural is often tagged a proper noun: "Protesters detained in Cairo were freed".)
  const noun = prev?.pos === 'NOUN' || (prev?.pos === 'PROPN' && verb - 1 === floor);
  if (!prev || verb - 1 < floor || !noun || !/s$/.test(prev.norm)) return false;
  if (!next || !REDUCED_NEXT.has(next.key)) return false;
  const sentence = tokens[verb]!.sentence;
  for (let i = verb + 2; i < tokens.length && tokens[i]!.sentence === sentence && i < verb + 20; i++) {
    // ("Rebels attacked in the morning and the army has withdrawn": the auxiliary is another clause's.)
    if (tokens[i]!.key === ',' || tokens[i]!.key === ';' || tokens[i]!.pos === 'CCONJ' || tokens[i]!.pos === 'SCONJ') return false;
    if (FINITE_BE_HAVE.has(tokens[i]!.key)) return true;
  }
  return false;
}

/** The auxiliary closest to the verb, skipping adverbs and negation ("was not immediately seen"). */
function lastAuxBefore(tokens: readonly Token[], verb: number, floor: number): number {
  for (let i = verb - 1; i >= floor; i--) {
    const t = tokens[i]!;
    if (t.pos === 'ADV' || NEGATIONS.has(t.key)) continue;
    return i;
  }
  return -1;
}

const IRREGULAR_PARTICIPLE = /(?:en|wn|ne|lt|pt|ht|ung|unk|ade|ound|old|eld|ept|id|uck|ot|it|ost|ent|et|ut|ead|orn)$/;

/** A past participle: "detained", "held", "shot", "taken". */
/** Verbs whose past participle is their base form ("was put under investigation", "were hit"). */
const SAME_FORM = new Set(['put', 'cut', 'hit', 'set', 'let', 'shut', 'hurt', 'cost', 'quit', 'spread', 'bid', 'broadcast', 'cast', 'burst', 'thrust', 'upset', 'beat', 'shed', 'split', 'run', 'come', 'become', 'overrun']);

export function isParticiple(t: Token): boolean {
  if (/ing$/.test(t.norm)) return false;
  if (EN_PARTICIPLE.test(t.norm)) return true;
  if (SAME_FORM.has(t.norm)) return true;
  if (/ed$/.test(t.norm)) return true;
  return t.norm !== t.lemma && IRREGULAR_PARTICIPLE.test(t.norm);
}

/** A simple past form: "severed", "said", "met" (a form different from the lemma, not -s or -ing). */
export function isPastForm(t: Token): boolean {
  if (t.norm === t.lemma) return false;
  if (/ing$/.test(t.norm)) return false;
  if (t.norm === `${t.lemma}s` || t.norm === `${t.lemma}es` || /ies$/.test(t.norm)) return false;
  return true;
}
