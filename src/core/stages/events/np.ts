import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';

const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/;

/** Tokens that can sit inside a noun phrase. */
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const NP_KEYS = new Set(["'s", '-', '"', "'"]);

/** True when token i can be part of a noun phrase (or is covered by an actor mention). */
export function inNp(tokens: readonly Token[], i: number, mentionAt: (i: number) => ActorMention | undefined): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (mentionAt(i)) return true;
  if (NP_POS.has(t.pos)) return t.pos !== 'PRON' || t.key === 'its' || t.key === 'their' || t.key === 'his' || t.key === 'her';
  // "two far-right ministers", "a well-known activist": an adverb joined by a hyphen is a modifier.
  if (t.pos === 'ADV' && tokens[i + 1]?.key === '-') return true;
  return NP_KEYS.has(t.key);
}

/** First token of the noun phrase that ends at token `last` (inclusive). */
export function npStart(tokens: readonly Token[], last: number, floor: number, mentionAt: (i: number) => ActorMention | undefined): number {
  let i = last;
  while (i - 1 >= floor && inNp(tokens, i - 1, mentionAt)) i--;
  return i;
}

/**
 * The noun phrase starting at `first`: its end (exclusive) and the actor mentions inside it,
 * with coordination ("Russia and China", "the US or South Korea") and an "of" complement
 * ("the government of Ukraine") included.
 */
export function nounPhrase(tokens: readonly Token[], first: number, ceiling: number, mentionAt: (i: number) => ActorMention | undefined): { end: number; mentions: ActorMention[] } {
  let i = first;
  const mentions: ActorMention[] = [];
  const take = (k: number) => {
    const m = mentionAt(k);
    if (m && !mentions.includes(m)) mentions.push(m);
  };
  while (i < ceiling && (inNp(tokens, i, mentionAt) || participleModifier(tokens, i, first, ceiling, mentionAt))) {
    take(i);
    i++;
    // "X and Y", "X or Y", "X, Y and Z": keep going when another noun phrase follows.
    const t = tokens[i];
    if (t && (t.key === 'and' || t.key === 'or' || t.key === ',') && i + 1 < ceiling && inNp(tokens, i + 1, mentionAt) && tokens[i + 1]!.pos !== 'PRON') {
      const nextIsActor = !!mentionAt(i + 1) || !!mentionAt(i + 2);
      // "X, Y and Z" is a list; "X, officials said" is an attribution, not a second conjunct.
      if (nextIsActor && (t.key !== ',' || continuesList(tokens, i + 1, ceiling, mentionAt)) && !(mentions.length === 0 && opensClause(tokens, i + 1, ceiling, mentionAt))) i++;
    }
    // "workers of the United Bus Company of Tehran (Sharekat-e Vahed) to": an aside in brackets stays inside.
    if (tokens[i]?.key === '(') {
      const close = tokens.slice(i + 1, Math.min(ceiling, i + 9)).findIndex((u) => u.key === ')');
      if (close >= 0) {
        for (let k = i + 1; k < i + 1 + close; k++) take(k);
        i += close + 2;
        continue;
      }
    }
    // ("a target southwest of Baghdad" is located by the city, not owned by it.)
    if (t && t.key === 'of' && !COMPASS.test(tokens[i - 1]!.key) && i + 1 < ceiling && (mentionAt(i + 1) || (tokens[i + 1]!.key === 'the' && mentionAt(i + 2)))) i++;
  }
  return { end: i, mentions };
}

/** "50 suspected Ukrainian nationalists": a participle between a number or article and a noun. */
function participleModifier(tokens: readonly Token[], i: number, first: number, ceiling: number, mentionAt: (i: number) => ActorMention | undefined): boolean {
  const t = tokens[i]!;
  if (i === first || t.pos !== 'VERB' || !/(?:ed|en|ing)$/.test(t.norm)) return false;
  const prev = tokens[i - 1]!;
  return ['DET', 'NUM', 'ADJ'].includes(prev.pos) && i + 1 < ceiling && inNp(tokens, i + 1, mentionAt) && tokens[i + 1]!.pos !== 'DET';
}

/** After the comma, a noun phrase followed by another comma or by and/or: a list goes on. */
function continuesList(tokens: readonly Token[], from: number, ceiling: number, mentionAt: (i: number) => ActorMention | undefined): boolean {
  let i = from;
  while (i < ceiling && inNp(tokens, i, mentionAt)) i++;
  const next = tokens[i]?.key;
  return next === ',' || next === 'and' || next === 'or';
}

/**
 * "China remained mum and Russia's envoy said": after a phrase with no actor, an actor followed by a
 * verb starts a new clause. (After an actor, "believes Gondor and Rohan can cope" coordinates.)
 */
function opensClause(tokens: readonly Token[], from: number, ceiling: number, mentionAt: (i: number) => ActorMention | undefined): boolean {
  let i = from;
  while (i < ceiling && inNp(tokens, i, mentionAt)) i++;
  const next = tokens[i];
  // A past participle may instead modify the noun ("and soldiers stationed there"): only clear finite verbs count.
  return !!next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/(?:ed|en)$/.test(next.norm)));
}
