import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';
import { skipQuantifier } from './arguments.js';
import { inNp, nounPhrase, npStart } from './np.js';
import { attributionAfter } from './reporting.js';
import type { PatternElement, VerbPattern } from './verb-lexicon.js';

export interface Slot {
  start: number;
  end: number;
  mentions: ActorMention[];
}

export interface PatternMatch {
  pattern: VerbPattern;
  trigger: number;
  /** Token range the pattern covers, half-open. */
  start: number;
  end: number;
  target?: Slot;
  source?: Slot;
  /** How much of the pattern the text matched: words count, optional words only when present. */
  score: number;
}

export interface MatchScope {
  tokens: readonly Token[];
  /** Sentence bounds (token indices). */
  from: number;
  to: number;
  mentionAt: (i: number) => ActorMention | undefined;
}

/** Modifiers a pattern may step over before its next word: "severed (all diplomatic) relations". */
const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
const MAX_SKIP = 6;
/** Wire copy puts the day inside the phrase: "opened a hearing Wednesday into", "called Thursday on". */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'overnight']);
const GAP_STOP = new Set([';', ':', '.', '!', '?']);
// A gap may run into a "that" clause: PETRARCH's patterns rely on it ("allowed that X isn't a
// pleasant place to visit", "claimed that they had attacked" as claiming responsibility).

const wordIs = (t: Token, alts: readonly string[], exact: boolean) =>
  alts.includes(t.key) || (!exact && (alts.includes(t.lemma) || t.stems.some((s) => alts.includes(s))));

const LEFT = new WeakMap<VerbPattern, PatternElement[]>();

/**
 * The elements before the trigger in the order they are matched (leftwards). An element must sit
 * directly before its right neighbour when that neighbour is written `_x`, so the flag moves left.
 */
function leftElements(p: VerbPattern): PatternElement[] {
  let left = LEFT.get(p);
  if (!left) {
    left = p.elements.slice(0, p.head).map((e, j) => ({ ...e, adjacent: !!p.elements[j + 1]!.adjacent })).reverse();
    LEFT.set(p, left);
  }
  return left;
}

/** Tries a pattern anchored on the trigger token; null when it does not fit. */
export function matchPattern(p: VerbPattern, trigger: number, scope: MatchScope): PatternMatch | null {
  const after = p.elements.slice(p.head + 1);
  const before = leftElements(p);
  const right = matchSeq(after, 0, trigger + 1, 1, scope, {}, 0);
  if (!right) return null;
  const left = before.length ? matchSeq(before, 0, trigger - 1, -1, scope, {}, 0) : { pos: trigger, slots: {}, score: 0 };
  if (!left) return null;
  const slots = { ...left.slots, ...right.slots };
  return {
    pattern: p,
    trigger,
    start: before.length ? left.pos + 1 : trigger,
    end: right.pos,
    ...(slots.target ? { target: slots.target } : {}),
    ...(slots.source ? { source: slots.source } : {}),
    score: 1 + left.score + right.score,
  };
}

interface Partial {
  pos: number;
  score: number;
  slots: { target?: Slot; source?: Slot };
}

function matchSeq(els: readonly PatternElement[], k: number, pos: number, dir: 1 | -1, scope: MatchScope, slots: Partial['slots'], score: number): Partial | null {
  if (k === els.length) return { pos, slots, score };
  const el = els[k]!;
  if (el.kind === 'gap') {
    for (let n = 0; n <= el.max; n++) {
      const p = pos + n * dir;
      if (n > 0 && !inside(scope, p - dir)) break;
      const skipped = scope.tokens[p - dir]!;
      if (n > 0 && (GAP_STOP.has(skipped.key) || (skipped.key === ',' && attributionAfter(scope.tokens, p - dir, scope.to)))) break;
      const r = matchSeq(els, k + 1, p, dir, scope, slots, score);
      if (r) return r;
    }
    return null;
  }
  if (el.kind === 'group') {
    const inner = dir === 1 ? el.elements : [...el.elements].reverse();
    const withGroup = matchSeq([...inner, ...els.slice(k + 1)], 0, pos, dir, scope, slots, score);
    return withGroup ?? matchSeq(els, k + 1, pos, dir, scope, slots, score);
  }
  // Optional elements: try with, then without.
  const attempts = el.optional ? [true, false] : [true];
  for (const use of attempts) {
    if (!use) {
      const r = matchSeq(els, k + 1, pos, dir, scope, slots, score);
      if (r) return r;
      continue;
    }
    for (const start of candidateStarts(el, pos, dir, scope)) {
      for (const m of matchOne(el, start, dir, scope)) {
        const nextSlots = m.slot ? { ...slots, [m.slot.kind]: m.slot.value } : slots;
        // A longer synset member is a more specific match ("return to the negotiating table" beats "return").
        const gain = el.kind === 'set' ? 1.05 + 0.5 * (Math.abs(m.next - start) - 1) : el.kind === 'word' ? 1 : el.kind === 'compound' ? 0.5 : 0.25;
        const r = matchSeq(els, k + 1, m.next, dir, scope, nextSlots, score + gain);
        if (r) return r;
      }
    }
  }
  return null;
}

/** Where the element may start: here, or after a few modifiers for words and synsets. */
function candidateStarts(el: PatternElement, pos: number, dir: 1 | -1, scope: MatchScope): number[] {
  const out = [pos];
  if (el.kind !== 'word' && el.kind !== 'set') return out;
  // Directly after: only a hyphen may stand between ("peace - keeping").
  if (el.adjacent) return inside(scope, pos) && scope.tokens[pos]!.key === '-' ? [pos, pos + dir] : out;
  let p = pos;
  for (let n = 0; n < MAX_SKIP && inside(scope, p); n++) {
    const t = scope.tokens[p]!;
    // ("accused the Philippines on Monday of": "on" with its day steps over too.)
    const onDay = t.key === 'on' && (TIME_WORDS.has(scope.tokens[p + 1]?.key ?? '') || TIME_WORDS.has(scope.tokens[p - 1]?.key ?? ''));
    if (!SKIPPABLE.has(t.pos) && !TIME_WORDS.has(t.key) && !onDay && !(t.key === 'and' && n > 0) && t.key !== ',' && t.key !== '-') break;
    p += dir;
    out.push(p);
  }
  return out;
}

type Step = { next: number; slot?: { kind: 'target' | 'source'; value: Slot } };

/** The ways one element can match at `pos`: a slot may end early so the pattern's next word fits ("granted Gonzalez asylum"). */
function matchOne(el: PatternElement, pos: number, dir: 1 | -1, scope: MatchScope): Step[] {
  if ((el.kind === 'target' || el.kind === 'source') && dir === 1) {
    const full = matchStep(el, pos, dir, scope);
    if (!full?.slot) return full ? [full] : [];
    const out: Step[] = [full];
    const { start, end, mentions } = full.slot.value;
    for (let e = end - 1; e > start; e--) {
      const inside = mentions.filter((m) => m.tokenEnd <= e);
      if (mentions.some((m) => m.tokenStart < e && m.tokenEnd > e)) continue;
      out.push({ next: e, slot: { kind: full.slot.kind, value: { start, end: e, mentions: inside } } });
    }
    return out;
  }
  const one = matchStep(el, pos, dir, scope);
  return one ? [one] : [];
}

function matchStep(el: PatternElement, pos: number, dir: 1 | -1, scope: MatchScope): Step | null {
  if (!inside(scope, pos)) return null;
  const t = scope.tokens[pos]!;
  switch (el.kind) {
    case 'word':
      if (wordIs(t, el.alts, el.exact)) return { next: pos + dir };
      return hyphenated(el.alts, pos, dir, scope) ? { next: pos + 3 * dir } : null;
    case 'set':
      for (const member of el.members) {
        const next = matchMember(member, pos, dir, scope);
        if (next !== null) return { next };
      }
      return null;
    case 'target':
    case 'source': {
      if (dir === -1) {
        // A slot to the left of the trigger: the noun phrase ending here.
        const m = scope.mentionAt(pos);
        if (!m) return null;
        return { next: m.tokenStart - 1, slot: { kind: el.kind, value: { start: m.tokenStart, end: m.tokenEnd, mentions: [m] } } };
      }
      // "took about 240 people hostage": a quantifier opens the noun phrase.
      let first = skipQuantifier(scope.tokens, pos, scope.to);
      if (scope.tokens[first]?.pos === 'ADP' || scope.tokens[first]?.pos === 'VERB') return null;
      // "imposed sanctions on Tuesday on two ministers", "war dead on Thursday": a day is not a party.
      if (TIME_WORDS.has(scope.tokens[first]?.key ?? '')) return null;
      const np = nounPhrase(scope.tokens, first, scope.to, scope.mentionAt);
      if (np.end <= first) return null;
      return { next: np.end, slot: { kind: el.kind, value: { start: first, end: np.end, mentions: np.mentions } } };
    }
    case 'compound': {
      const c = dir === -1 ? compoundEndingAt(scope, pos) : compoundFrom(scope, pos);
      return c ? { next: dir === -1 ? c.start - 1 : c.end, slot: { kind: dir === -1 ? 'source' : 'target', value: c } } : null;
    }
    case 'skip': {
      // A whole noun phrase, stepped over: "in ^ with +" passes "in Osgiliath" to reach the target.
      if (dir === -1) return inNp(scope.tokens, pos, scope.mentionAt) ? { next: npStart(scope.tokens, pos, scope.from, scope.mentionAt) - 1 } : null;
      if (t.pos === 'ADP' || t.pos === 'VERB') return null;
      const np = nounPhrase(scope.tokens, pos, scope.to, scope.mentionAt);
      return np.end > pos ? { next: np.end } : null;
    }
    default:
      return null;
  }
}

const inside = (scope: MatchScope, i: number) => i >= scope.from && i < scope.to;

/** "peace-keeping", "cease-fire" split into three tokens match the closed form "peacekeeping". */
function hyphenated(alts: readonly string[], pos: number, dir: 1 | -1, scope: MatchScope): boolean {
  const far = pos + 2 * dir;
  if (!inside(scope, far) || scope.tokens[pos + dir]!.key !== '-') return false;
  const [a, b] = dir === 1 ? [scope.tokens[pos]!, scope.tokens[far]!] : [scope.tokens[far]!, scope.tokens[pos]!];
  if (a.end !== scope.tokens[pos + dir]!.start || scope.tokens[pos + dir]!.end !== b.start) return false;
  return alts.includes(a.key + b.key);
}

/** A synset member, word by word in the direction of matching; a hyphen token between words is skipped ("cease - fire"). */
function matchMember(member: readonly string[], pos: number, dir: 1 | -1, scope: MatchScope): number | null {
  const words = dir === 1 ? member : [...member].reverse();
  let p = pos;
  for (let j = 0; j < words.length; j++) {
    if (j > 0 && inside(scope, p) && scope.tokens[p]!.key === '-') p += dir;
    const tk = scope.tokens[p];
    if (!tk || !inside(scope, p) || !wordIs(tk, [words[j]!], false)) return null;
    p += dir;
  }
  return p;
}

const CONJOINS = new Set([',', 'and', 'or', 'nor']);

/** "Mordor, Rohan, Fornost and Bree" ending at `last`: two or more actors joined by and/or/commas. */
function compoundEndingAt(scope: MatchScope, last: number): Slot | null {
  const { tokens, mentionAt } = scope;
  const mentions: ActorMention[] = [];
  let end = last;
  let start = last + 1;
  for (let guard = 0; guard < 8 && end >= scope.from; guard++) {
    const first = npStart(tokens, end, scope.from, mentionAt);
    const inside: ActorMention[] = [];
    for (let i = first; i <= end; i++) {
      const m = mentionAt(i);
      if (m && !inside.includes(m) && !mentions.includes(m)) inside.push(m);
    }
    if (!inside.length) break;
    mentions.unshift(...inside);
    start = first;
    let i = first - 1;
    while (i >= scope.from && CONJOINS.has(tokens[i]!.key)) i--;
    if (i === first - 1) break;
    end = i;
  }
  return mentions.length >= 2 ? { start, end: last + 1, mentions } : null;
}

/** "the Philippines and France" starting at `first`. */
function compoundFrom(scope: MatchScope, first: number): Slot | null {
  const t = scope.tokens[first];
  if (!t || t.pos === 'ADP' || t.pos === 'VERB') return null;
  const np = nounPhrase(scope.tokens, first, scope.to, scope.mentionAt);
  return np.mentions.length >= 2 ? { start: first, end: np.end, mentions: np.mentions } : null;
}
