import type { Basis, Span } from './span.js';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateExpression extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  precision: DatePrecision;
  /** `stated` for a full explicit date; `inferred` when resolved against the publication date. */
  basis: Basis;
  /** True when the expression refers to the distant past (a war, a treaty) rather than news time. */
  historical?: boolean;
  ruleIds: string[];
}
