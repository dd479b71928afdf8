import type { Sentence } from '../../model/sentence.js';
import type { Span } from '../../model/span.js';
import type { CoderContext } from '../../pipeline/context.js';
import { segments } from '../tokenize/segments.js';
import { findCues, type Cue } from './cues.js';
import { findMarkedSpans, type MarkedSpan } from './quote-marks.js';
import { firstSpanFrom } from '../../text/search.js';

/** What the quote finders share about one article: quotation marks, cues and paragraphs by token. */
export interface QuoteDoc {
  ctx: CoderContext;
  /**
   * The tokenizer's sentences, rejoined where it split inside an abbreviation ("(D-N.Y.)",
   * "Rep."): a sentence that starts with no space after the previous one, or with a lower-case
   * word or a comma, continues it.
   */
  sentences: Sentence[];
  /** Index into `sentences` of token i. */
  sentenceOf(i: number): number;
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
  const sentences = rejoin(ctx);
  const ofToken = new Int32Array(ctx.tokens.length);
  sentences.forEach((s, k) => ofToken.fill(k, s.tokenStart, s.tokenEnd));
  const cues = sentences.map((s) => findCues(ctx.tokens, s.tokenStart, s.tokenEnd, quoted));
  const paragraphOf = sentences.map((s) => paragraphIndex(paragraphs, s.start));
  return { ctx, sentences, sentenceOf: (i) => ofToken[i]!, marked, cues, paragraphOf, quoted, tokenFrom };
}

function rejoin(ctx: CoderContext): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ctx.sentences) {
    const prev = out[out.length - 1];
    const first = ctx.tokens[s.tokenStart]!;
    const gap = prev ? ctx.text.slice(prev.end, s.start) : ' ';
    if (prev && !gap.includes('\n') && (gap === '' || /^[\p{Ll},;)]/u.test(first.text))) {
      out[out.length - 1] = { ...prev, end: s.end, tokenEnd: s.tokenEnd };
    } else out.push({ ...s, index: out.length });
  }
  return out;
}

const lowerBound = (tokens: readonly Span[], offset: number): number => firstSpanFrom(tokens, offset);

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
