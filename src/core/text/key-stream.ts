import type { Token } from '../model/sentence.js';
import { wordKey } from './normalize.js';

/**
 * The sequence of word keys for a token range, with hyphens dropped and hyphenated tokens split,
 * each key pointing back to its token. Phrase matching runs over this stream.
 */
export interface KeyStream {
  keys: string[];
  /** Token index of each key. */
  token: number[];
}

export function keyStream(tokens: readonly Token[], from = 0, to = tokens.length): KeyStream {
  const keys: string[] = [];
  const token: number[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const k = t.key;
    if (k === '-') continue;
    if (k.length > 1 && k.includes('-')) {
      for (const part of k.split('-')) {
        if (part) {
          keys.push(part);
          token.push(i);
        }
      }
    } else {
      keys.push(k);
      token.push(i);
    }
  }
  return { keys, token };
}

export { wordKey };
