import type { Sentence, Token } from '../../model/sentence.js';
import type { DateExpression, DatePrecision } from '../../model/time.js';
import type { Day } from '../../pipeline/context.js';

/** What every date finder reads. */
export interface FinderInput {
  text: string;
  /** The publication day; relative expressions are dropped when it is unknown. */
  ref: Day | null;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

export interface Resolved {
  value: string;
  precision: DatePrecision;
  basis: DateExpression['basis'];
  historical?: boolean;
  ruleId: string;
}

/**
 * A time expression found in the text. Most are resolved when found; an anaphor ("the same
 * month", "a year earlier") is resolved later, in text order, against the expression before it.
 */
export interface Candidate {
  start: number;
  end: number;
  resolve: Resolved | ((previous: DateExpression | null) => Resolved | null);
  /** False for expressions a later "the same month" must not refer back to ("now", "decades ago"). */
  antecedent: boolean;
}

export type Finder = (input: FinderInput) => Candidate[];

export function fixed(start: number, end: number, r: Resolved, antecedent = true): Candidate {
  return { start, end, resolve: r, antecedent };
}
