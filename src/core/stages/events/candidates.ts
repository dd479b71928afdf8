import type { Token } from '../../model/sentence.js';
import { matchPattern, type MatchScope, type PatternMatch } from './match-pattern.js';
import { mayMatch, scopeForms } from './pattern-prefilter.js';
import type { VerbLexicon, VerbPattern } from './verb-lexicon.js';

export interface Candidate {
  match: PatternMatch;
  /** The trigger is used as a noun ("talks with", "an attack on"). */
  noun: boolean;
}

/** wink tags some participles as adjectives ("were detained"): they can still be verbs. */
function verbLike(t: Token): boolean {
  return t.pos === 'VERB' || (t.pos === 'ADJ' && /(?:ed|en)$/.test(t.norm)) || (t.pos === 'AUX' && t.lemma !== 'be' && t.lemma !== 'have');
}

const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON', 'ADJ']);
/** Verbs whose -ing complement is the act itself: "resumed shelling", "began firing". */
const ASPECTUAL = new Set(['resume', 'continue', 'start', 'begin', 'keep', 'renew']);
/** Verbs of intending or denying with an -ing complement: "considering giving", "denied attacking". */
const GERUND_CUES = new Set(['consider', 'contemplate', 'deny', 'propose', 'suggest', 'recommend', 'threaten']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca']);

/** "will free the prisoners", "to free them": after a modal or "to", a word tagged an adjective is a verb. */
function afterModal(tokens: readonly Token[], i: number, from: number): boolean {
  if (tokens[i]!.pos !== 'ADJ') return false;
  let k = i - 1;
  while (k >= from && (tokens[k]!.pos === 'ADV' || tokens[k]!.key === 'not' || tokens[k]!.key === "n't")) k--;
  const prev = tokens[k];
  return !!prev && k >= from && ((prev.key === 'to' && prev.pos === 'PART') || MODALS.has(prev.key));
}

/** The gerund at `i` follows a verb of `verbs` ("continued bombing", "considering giving"). */
function gerundAfter(tokens: readonly Token[], i: number, from: number, verbs: ReadonlySet<string>): boolean {
  const prev = tokens[i - 1];
  return i - 1 >= from && !!prev && prev.pos === 'VERB' && verbs.has(prev.lemma) && /ing$/.test(tokens[i]!.key);
}

/** "continued bombing Ukrainian cities": the gerund is the act of the verb of continuing before it. */
export const afterAspectual = (tokens: readonly Token[], i: number, from: number) => gerundAfter(tokens, i, from, ASPECTUAL);

/**
 * wink sometimes tags a sentence-opening plural as a proper noun and its past-tense verb as a
 * noun ("Soldiers tortured the prisoners"): an -ed word right after a noun phrase and before an
 * object is in verb position.
 */
function verbPosition(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || !/^[a-z]+ed$/.test(t.text) || i === from) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !!next && OBJECT_START.has(next.pos);
}

const NOT_A_HEAD = new Set(['ADP', 'PUNCT', 'DET', 'PRON', 'AUX', 'VERB', 'CCONJ', 'SCONJ', 'PART']);

function attributive(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (!/(?:ed|en)$/.test(t.norm) || i === from) return false;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  // "reject proposed changes", "for alleged crimes": a participle right after a verb or preposition, before a noun.
  if ((prev.pos === 'VERB' || prev.pos === 'ADP') && /ed$/.test(t.norm) && next && ['NOUN', 'ADJ', 'PROPN'].includes(next.pos)) return true;
  // "alleged bombers": tagged as an adjective and followed by its noun.
  if (t.pos === 'ADJ' && next?.pos === 'NOUN') return true;
  // "Russian-backed separatists": a hyphenated compound is a modifier.
  if (prev.key === '-' && prev.end === t.start) return true;
  return ['DET', 'ADJ', 'NUM'].includes(prev.pos) && prev.key !== 'that' && !!next && !NOT_A_HEAD.has(next.pos);
}

const nounLike = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
/** Nouns for people who do something: "mediators", "negotiators", "attackers". */
const AGENTIVE = /(?:ors?|ers?|ists?)$/;

const capitalised = (t: Token | undefined) => !!t && /^[A-Z][a-z]/.test(t.text);

/**
 * "the Ceasefire Violations Committee", "the Peace and Reconciliation Commission": a capitalised
 * event noun inside a run of capitalised words names an institution, not an event. Not in a
 * headline written in Title Case, where every word is capitalised.
 */
function inProperName(scope: MatchScope, i: number): boolean {
  const { tokens, from, to } = scope;
  if (i === from || !capitalised(tokens[i])) return false;
  const prev = i - 1 > from || tokens[i - 1]?.pos !== 'DET' ? tokens[i - 1] : undefined;
  if (!capitalised(prev) && !capitalised(tokens[i + 1])) return false;
  let words = 0;
  let caps = 0;
  for (let k = from; k < to; k++) {
    if (!/^[A-Za-z]/.test(tokens[k]!.text)) continue;
    words++;
    if (capitalised(tokens[k])) caps++;
  }
  return caps / Math.max(words, 1) < 0.6;
}

/**
 * Every trigger in a sentence with the most specific pattern that fits it. A word that is a
 * trigger for several patterns keeps the one that matches the most words.
 */
export function findCandidates(scope: MatchScope, lex: VerbLexicon): Candidate[] {
  const out: Candidate[] = [];
  let forms: Set<string> | null = null;
  for (let i = scope.from; i < scope.to; i++) {
    const t = scope.tokens[i]!;
    const pats = patternsFor(lex, t);
    if (!pats.length) continue;
    // "the occupied south", "a suspected militant": a participle before its noun describes, it does not act.
    const asVerb = (verbLike(t) || verbPosition(scope.tokens, i, scope.from) || afterModal(scope.tokens, i, scope.from) || afterAspectual(scope.tokens, i, scope.from) || gerundAfter(scope.tokens, i, scope.from, GERUND_CUES)) && !attributive(scope.tokens, i, scope.from);
    // ("Qatari mediators said": a noun that names an actor is that actor, not an event.)
    const asNoun = nounLike(t) && !inProperName(scope, i);
    const actorNoun = !!scope.mentionAt(i) && AGENTIVE.test(t.key);
    if (!asVerb && !asNoun) continue;
    let best: PatternMatch | null = null;
    for (const p of pats) {
      if (!asVerb && !p.noun) continue;
      forms ??= scopeForms(scope);
      if (!mayMatch(p, forms)) continue;
      const m = matchPattern(p, i, scope);
      if (!m) continue;
      // More matched words win; then the tighter match; on a full tie the later pattern, so a
      // user's dictionaries (loaded after ours) override them.
      if (!best || m.score > best.score || (m.score === best.score && m.end - m.start <= best.end - best.start)) best = m;
    }
    // ("Qatari mediators said": a noun naming the actors is not, by itself, their event.)
    if (best && !asVerb && actorNoun && best.end - best.start === 1) continue;
    if (best) out.push({ match: best, noun: !asVerb });
  }
  return out;
}

const NO_PATTERNS: VerbPattern[] = [];

function patternsFor(lex: VerbLexicon, t: Token): VerbPattern[] {
  // Most tokens trigger nothing: answer them without building a set.
  if (!lex.byHead.has(t.lemma) && !lex.byHead.has(t.key) && !t.stems.some((s) => lex.byHead.has(s))) return NO_PATTERNS;
  const found = new Set<VerbPattern>();
  for (const form of [t.lemma, t.key, ...t.stems]) for (const p of lex.byHead.get(form) ?? []) found.add(p);
  return [...found];
}
