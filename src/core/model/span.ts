/** A half-open range of JavaScript string indices into the article text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Whether the text said it, or we derived it (from context, a default, or a dictionary). */
export type Basis = 'stated' | 'inferred';
