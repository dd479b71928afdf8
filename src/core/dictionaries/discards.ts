import { phraseKeys } from '../text/normalize.js';
import { PhraseTrie } from '../text/phrase-trie.js';
import { DictionaryError } from './errors.js';
import { dictLines, listField } from './lines.js';

/**
 * Phrases whose presence says a text is not political event data (sports results, weather
 * reports): `id | sentence|article | phrase ; phrase` in `dictionaries/discards/*.txt`. A
 * `sentence` phrase keeps its sentence from being coded, an `article` phrase the whole article.
 */
export interface DiscardEntry {
  id: string;
  scope: 'sentence' | 'article';
  phrases: string[][];
  origin: string;
}

const ID = /^[a-z0-9][a-z0-9._\-]*$/;

export function parseDiscards(file: string, text: string): DiscardEntry[] {
  const out: DiscardEntry[] = [];
  for (const { line, fields } of dictLines(file, text, { min: 3, max: 3 })) {
    const [id, scope, phrases] = fields as [string, string, string];
    if (!ID.test(id)) throw new DictionaryError(file, line, `bad id '${id}'`);
    if (scope !== 'sentence' && scope !== 'article') throw new DictionaryError(file, line, `scope must be 'sentence' or 'article', found '${scope}'`);
    const keys = listField(phrases).map(phraseKeys).filter((k) => k.length);
    if (!keys.length) throw new DictionaryError(file, line, 'a discard entry needs at least one phrase');
    out.push({ id, scope, phrases: keys, origin: `${file}:${line}` });
  }
  return out;
}

/** Every phrase of every entry, keyed by its words (compared case-insensitively, as whole words). */
export function discardTrie(entries: readonly DiscardEntry[]): PhraseTrie<DiscardEntry> {
  const trie = new PhraseTrie<DiscardEntry>();
  for (const e of entries) for (const p of e.phrases) trie.add(p, e);
  return trie;
}
