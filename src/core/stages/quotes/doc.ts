import type { Span } from '../../model/span.js';
import type { CoderContext } from '../../pipeline/context.js';
import { segments } from '../tokenize/segments.js';
import { findCues, type Cue } from './cues.js';
import { findMarkedSpans, type MarkedSpan } from './quote-marks.js';

/** What the quote finders share about one article: quotation marks, cues and paragraphs by token. */
export interface QuoteDoc {
  ctx: CoderContext;
  marked: MarkedSpan[];
  /** Cues per sentence index, outside quotation marks. */
  cues: Cue[][];
  /** Paragraph index of each sentence. */
  paragraphOf: number[];
  /** True for tokens between quotation marks. */
  quoted(i: number): boolean;
  /** First token starting at or after `offset` (tokens.length when none). */
  tokenFrom(offset: number): number;
}

export function buildDoc(ctx: CoderContext): QuoteDoc {
  const paragraphs = segments(ctx.text);
  const marked = findMarkedSpans(ctx.text, paragraphs);
  const inQuote = new Uint8Array(ctx.tokens.length);
  const tokenFrom = (offset: number) => lowerBound(ctx.tokens, offset);
  for (const m of marked) {
    for (let i = tokenFrom(m.start); i < ctx.tokens.length && ctx.tokens[i]!.end <= m.end; i++) inQuote[i] = 1;
  }
  const quoted = (i: number) => inQuote[i] === 1;
  const cues = ctx.sentences.map((s) => findCues(ctx.tokens, s.tokenStart, s.tokenEnd, quoted));
  const paragraphOf = ctx.sentences.map((s) => paragraphIndex(paragraphs, s.start));
  return { ctx, marked, cues, paragraphOf, quoted, tokenFrom };
}

function lowerBound(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function paragraphIndex(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
