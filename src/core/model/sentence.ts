import type { Span } from './span.js';

/** Universal POS tags as wink-nlp emits them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  /** Index of the token in the whole document. */
  i: number;
  text: string;
  /** Lower-cased text with typographic quotes and dashes folded to ASCII. */
  norm: string;
  /** Comparison key: `norm` without diacritics or periods (see core/text/normalize). */
  key: string;
  lemma: string;
  /** Other base forms the word may have (wink lemmatises "staged" as "stag"): "stage", "stag". */
  stems: readonly string[];
  pos: Pos;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the first token and one past the last, into the document's token array. */
  tokenStart: number;
  tokenEnd: number;
}
