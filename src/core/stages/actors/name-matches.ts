import type { Token } from '../../model/sentence.js';
import type { ActorPhrase, AgentPhrase } from '../../pipeline/resources.js';
import type { KeyStream } from '../../text/key-stream.js';
import type { PhraseTrie } from '../../text/phrase-trie.js';

/** A dictionary phrase found in a sentence, as a token range. */
export interface PhraseHit<T> {
  tokenStart: number;
  tokenEnd: number;
  values: readonly T[];
}

const hasUpper = (s: string) => /\p{Lu}/u.test(s);
const startsUpper = (s: string) => /^[\p{Lu}\p{N}]/u.test(s);
const allUpper = (s: string) => !/\p{Ll}/u.test(s);

/**
 * Longest non-overlapping dictionary names in a key stream. Case is checked against the text:
 * acronyms must be upper case, and words the dictionary capitalises must be capitalised (so
 * "turkey" the bird and "us" the pronoun are not countries), except in all-caps text.
 */
export function findNames(trie: PhraseTrie<ActorPhrase>, ks: KeyStream, tokens: readonly Token[], shouting: boolean): PhraseHit<ActorPhrase>[] {
  const accept = (v: ActorPhrase, from: number, to: number) => {
    if (shouting) return true;
    if (v.caseSensitive) {
      for (let k = from; k < to; k++) {
        const t = tokens[ks.token[k]!]!;
        if (!allUpper(t.text) || !hasUpper(t.text)) return false;
      }
      return true;
    }
    for (let k = from; k < to; k++) {
      if (v.caps[k - from] && !startsUpper(wordAt(ks, tokens, k))) return false;
    }
    return true;
  };
  return toTokenHits(trie.scan(ks.keys, accept), ks);
}

/** Agent nouns ("government", "national guard") are matched without regard to case. */
export function findAgents(trie: PhraseTrie<AgentPhrase>, ks: KeyStream, tokens: readonly Token[]): PhraseHit<AgentPhrase>[] {
  const accept = (v: AgentPhrase, from: number, to: number) => {
    if (!v.caseSensitive) return true;
    for (let k = from; k < to; k++) if (!allUpper(tokens[ks.token[k]!]!.text)) return false;
    return true;
  };
  return toTokenHits(trie.scan(ks.keys, accept), ks);
}

/** The part of a (possibly hyphenated) token that key k came from. */
function wordAt(ks: KeyStream, tokens: readonly Token[], k: number): string {
  const t = tokens[ks.token[k]!]!;
  if (!t.text.includes('-')) return t.text;
  let part = 0;
  for (let j = k - 1; j >= 0 && ks.token[j] === ks.token[k]; j--) part++;
  return t.text.split('-').filter(Boolean)[part] ?? t.text;
}

function toTokenHits<T>(matches: { from: number; to: number; values: readonly T[] }[], ks: KeyStream): PhraseHit<T>[] {
  return matches.map((m) => ({ tokenStart: ks.token[m.from]!, tokenEnd: ks.token[m.to - 1]! + 1, values: m.values }));
}

/** True when a sentence is written in capitals (a shouted headline): case tells nothing then. */
export function isShouting(tokens: readonly Token[], from: number, to: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = from; i < to; i++) {
    const text = tokens[i]!.text;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      // Three stages ask this of every sentence: ASCII is answered without a Unicode regex.
      if (c < 128) {
        if (c >= 65 && c <= 90) {
          letters++;
          upper++;
        } else if (c >= 97 && c <= 122) letters++;
        continue;
      }
      const ch = String.fromCodePoint(text.codePointAt(k)!);
      if (ch.length === 2) k++;
      if (/\p{L}/u.test(ch)) {
        letters++;
        if (/\p{Lu}/u.test(ch)) upper++;
      }
    }
  }
  return letters > 12 && upper / letters > 0.8;
}
