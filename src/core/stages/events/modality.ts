import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';
import type { MatchScope } from './match-pattern.js';
import type { VerbGroup } from './verb-group.js';
import type { ModalityCue, VerbLexicon } from './verb-lexicon.js';

export interface Governor {
  /** `appeal`: the cue asks someone else to act ("wants Putin to attack"). */
  mood: 'intent' | 'threat' | 'negate' | 'appeal';
  cue: ModalityCue;
  /** Token range of the cue words. */
  start: number;
  end: number;
  /** The cue's own verb token (its subject is the event's source). */
  verb: number;
  /** For a bare complement ("suggest the two countries expand"), the actor named between cue and verb. */
  embedded?: ActorMention;
}

const SKIP_BEFORE_TO = new Set(['ADV']);
const ASKING_CUES = new Set(['mood.intent.want']);
const ADVERBIAL_POS = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM']);
const QUOTE_KEYS = new Set(['"', "'", '‘', '’', '“', '”']);

/**
 * The word that governs an event verb and changes what it means: "vowed to expand", "ready to
 * mobilize", "threatened to cut", "suggest the two countries expand". Null when the verb stands
 * on its own.
 */
export function findGovernor(scope: MatchScope, g: VerbGroup, lex: VerbLexicon): Governor | null {
  // "refused to deploy troops and has urged", "vowed to attack and destroyed": a conjunct with its
  // own auxiliary or tense is a clause of its own; only a bare verb shares the governor ("vowed to
  // attack and destroy").
  const v = scope.tokens[g.verb]!;
  const ownClause = g.start < g.verb && scope.tokens.slice(g.start, g.verb).some((t) => t.pos === 'AUX') || (v.norm !== v.lemma && !/ing$/.test(v.norm));
  const head = ownClause ? null : coordinatedHead(scope, g.start);
  if (head !== null) return findGovernor(scope, verbGroupStart(scope, head), lex);
  const { tokens, from } = scope;
  if (g.infinitive) {
    let i = g.start - 1;
    while (i >= from && SKIP_BEFORE_TO.has(tokens[i]!.pos)) i--;
    const direct = cueEndingAt(tokens, i, from, lex);
    if (direct) return direct;
    // "agreed in principle on Saturday to provide": a short adverbial between the cue and "to".
    for (let k = i; k >= from && k >= i - 6; k--) {
      if (!ADVERBIAL_POS.has(tokens[k]!.pos)) break;
      const cue = cueEndingAt(tokens, k - 1, from, lex);
      if (cue && tokens[cue.verb]!.pos === 'VERB') {
        // "wants Putin to attack": an actor between the cue and "to" is the one asked to act.
        let asked: ActorMention | undefined;
        for (let j = k; j <= i && !asked; j++) asked = scope.mentionAt(j);
        if (!asked) return cue;
        // "agreed with Russia to expand", "promised Kyiv to deliver": the subject's own intent; only a
        // verb of wanting asks the actor after it to act ("wants Putin to attack").
        if (cue.mood === 'intent' && !ASKING_CUES.has(cue.cue.id)) return { ...cue, embedded: asked };
        // "issued an ultimatum to Ecuador to halt attacks": the threat is addressed to that actor.
        return cue.mood === 'intent' ? { ...cue, mood: 'appeal', embedded: asked } : { ...cue, embedded: asked };
      }
    }
    return null;
  }
  // Gerund complement: "is considering giving money", "denied attacking the convoy".
  const v0 = tokens[g.verb]!;
  if (g.start === g.verb && /ing$/.test(v0.key) && g.verb - 1 >= from && tokens[g.verb - 1]!.pos === 'VERB') {
    const cue = cueEndingAt(tokens, g.verb - 1, from, lex);
    if (cue && cue.mood !== 'appeal') return cue;
  }
  // Bare complement: "suggest (that) the two countries expand", "proposed Russia join".
  let i = g.start - 1;
  while (i >= from && QUOTE_KEYS.has(tokens[i]!.key)) i--;
  const m = scope.mentionAt(i);
  if (!m) return null;
  i = m.tokenStart - 1;
  if (tokens[i]?.key === 'that') i--;
  const gov = cueEndingAt(tokens, i, from, lex);
  return gov && tokens[gov.verb]!.pos === 'VERB' ? { ...gov, embedded: m } : null;
}

function cueEndingAt(tokens: readonly Token[], end: number, from: number, lex: VerbLexicon): Governor | null {
  if (end < from) return null;
  let best: Governor | null = null;
  for (const cue of lex.cues) {
    if (cue.mood === 'hypothetical') continue;
    for (const phrase of cue.phrases) {
      const n = phrase.length;
      const start = end - n + 1;
      if (start < from) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const t = tokens[start + j]!;
        ok = t.key === phrase[j] || t.lemma === phrase[j];
      }
      if (ok && (!best || n > best.end - best.start)) {
        const verb = findCueVerb(tokens, start, end);
        best = { mood: cue.mood as Governor['mood'], cue, start, end: end + 1, verb };
      }
    }
  }
  return best;
}

/** The verb of a cue phrase ("was ready" → "was"; "vowed" → "vowed"). */
function findCueVerb(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i <= end; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return i;
  return start;
}

/** "if", "unless", or a modal of possibility makes the event hypothetical. */
export function isHypothetical(scope: MatchScope, g: VerbGroup, lex: VerbLexicon): string | null {
  if (g.modal && ['could', 'might', 'may'].includes(g.modal)) return g.modal;
  const { tokens, from } = scope;
  // "Could China invade Taiwan by 2027?": a question opened by a modal asks; it does not report.
  const opener = tokens[from];
  if (opener && QUESTION_MODALS.has(opener.key) && asksQuestion(tokens, from)) return opener.text;
  const cues = lex.cues.filter((c) => c.mood === 'hypothetical').flatMap((c) => c.phrases.filter((p) => p.length === 1).map((p) => p[0]!));
  const words = new Set(cues.length ? cues : ['if', 'unless']);
  for (let i = g.start - 1; i >= from && i >= g.start - 12; i--) {
    const t = tokens[i]!;
    if (t.key === ';' || t.key === '.') break;
    if (words.has(t.key) && (t.pos === 'SCONJ' || t.pos === 'ADP')) return t.text;
  }
  return null;
}

const QUESTION_MODALS = new Set(['could', 'would', 'will', 'can', 'should', 'might', 'may', 'shall', 'must']);

/** The sentence starting at `from` holds a question mark. */
function asksQuestion(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let i = from; i < tokens.length && tokens[i]!.sentence === sentence; i++) if (tokens[i]!.key === '?') return true;
  return false;
}

const CONJUNCTIONS = new Set(['and', 'or', 'but']);
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', "'s", 'our', 'my', 'your']);

/**
 * "work on their bond and expand relations": a verb coordinated with an earlier one shares its
 * governor ("suggest ... work ... and expand"). Returns the earlier verb, or null.
 */
export function coordinatedHead(scope: MatchScope, groupStart: number): number | null {
  const { tokens, from } = scope;
  let i = groupStart - 1;
  while (i >= from && QUOTE_KEYS.has(tokens[i]!.key)) i--;
  if (i < from || !CONJUNCTIONS.has(tokens[i]!.key)) return null;
  for (let k = i - 1; k >= from && k >= i - 10; k--) {
    const t = tokens[k]!;
    if (t.key === ';' || t.key === ',' || t.pos === 'SCONJ') return null;
    if (t.pos === 'VERB') return k;
    // wink often tags a bare verb after a plural subject as a noun ("the two countries work on"):
    // the word right after an actor mention is in verb position.
    const m = scope.mentionAt(k - 1);
    if (m && m.tokenEnd === k && t.pos === 'NOUN' && !scope.mentionAt(k) && !POSSESSIVE.has(tokens[k - 1]!.key)) return k;
  }
  return null;
}

/** A minimal view of a verb group's start for a verb we only need to look left from. */
function verbGroupStart(scope: MatchScope, verb: number): VerbGroup {
  const { tokens, from } = scope;
  let start = verb;
  let infinitive = false;
  for (let i = verb - 1; i >= from && i >= verb - 4; i--) {
    const t = tokens[i]!;
    if (t.key === 'to' && t.pos === 'PART') {
      infinitive = true;
      start = i;
      break;
    }
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
    start = i;
  }
  return { start, verb, passive: false, negated: false, tense: 'present', modal: null, infinitive };
}

/**
 * Every governing cue in a sentence with an infinitive after it ("agreed to set up", "threatened
 * to retaliate"), so one whose complement no pattern codes can still be an event of its own.
 */
export function cuesWithInfinitive(scope: MatchScope, lex: VerbLexicon): Governor[] {
  const out: Governor[] = [];
  const { tokens, from, to } = scope;
  for (let i = from + 1; i + 1 < to; i++) {
    const t = tokens[i]!;
    if (t.key !== 'to' || t.pos !== 'PART' || tokens[i + 1]!.pos !== 'VERB') continue;
    const g = findGovernor(scope, { start: i, verb: i + 1, passive: false, negated: false, tense: 'nonfinite', modal: null, infinitive: true }, lex);
    if (g && (g.mood === 'intent' || g.mood === 'threat' || g.mood === 'appeal') && tokens[g.verb]!.pos === 'VERB') out.push(g);
  }
  return out;
}
