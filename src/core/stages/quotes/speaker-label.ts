import type { Token } from '../../model/sentence.js';
import type { QuoteDoc } from './doc.js';
import type { RawQuote } from './raw-quote.js';

// Words that label a paragraph without naming a speaker: "Correction:", "Update:", "The Latest:".
const NOT_SPEAKERS = new Set([
  'correction', 'clarification', 'source', 'sources', 'update', 'updated', 'note', 'editor', "editor's", 'related', 'read', 'watch', 'video', 'photo', 'photos',
  'caption', 'credit', 'breaking', 'exclusive', 'opinion', 'analysis', 'disclosure', 'warning', 'latest', 'advertisement', 'live', 'background', 'more', 'see', 'also',
]);
const MAX_LABEL = 3;
const MIN_WORDS = 3;

/**
 * "PENCE: Well, look ..." in a transcript and "Sanders: Clinton needs to ..." in a headline: a
 * name of up to three capitalised words and a colon opening a sentence attribute the rest of the
 * paragraph (up to the next such label) to that name. The colon is the cue.
 */
export function labelledSpeech(doc: QuoteDoc): RawQuote[] {
  const { tokens, places } = doc.ctx;
  const { sentences } = doc;
  const out: RawQuote[] = [];
  for (const s of sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd && isMark(tokens[i]!)) i++;
    const from = i;
    while (i < s.tokenEnd && i - from < MAX_LABEL && isNameWord(tokens[i]!)) i++;
    const colon = tokens[i];
    if (i === from || !colon || colon.key !== ':' || i + 1 >= s.tokenEnd) continue;
    if (tokens.slice(from, i).some((t) => NOT_SPEAKERS.has(t.key))) continue;
    const first = tokens[from]!;
    if (places.some((p) => p.start < colon.start && first.start < p.end)) continue;
    const end = labelledEnd(doc, s.index, i + 1);
    const words = tokens.slice(i + 1, end).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
    if (words < MIN_WORDS) continue;
    // Upper case is a transcript ("PENCE:"), verbatim; a headline label gives the gist.
    const transcript = tokens.slice(from, i).every((t) => t.text === t.text.toUpperCase());
    out.push({
      kind: transcript ? 'direct' : 'indirect',
      start: tokens[i + 1]!.start,
      end: tokens[end - 1]!.end,
      cue: { from: i, to: i + 1, id: 'cue.label', takes: new Set(['quote']) },
      subject: { range: { from, to: i } },
      ruleIds: ['quote.label', 'cue.label'],
    });
  }
  return out;
}

/** The end of labelled speech: the end of the paragraph, or before the next sentence that opens with a label. */
function labelledEnd(doc: QuoteDoc, sentence: number, after: number): number {
  const { tokens } = doc.ctx;
  const { sentences } = doc;
  let s = sentence;
  while (s + 1 < sentences.length && doc.paragraphOf[s + 1] === doc.paragraphOf[sentence] && !opensWithLabel(tokens, sentences[s + 1]!.tokenStart, sentences[s + 1]!.tokenEnd)) s++;
  let end = sentences[s]!.tokenEnd;
  while (end > after && (isMark(tokens[end - 1]!) || tokens[end - 1]!.pos === 'PUNCT')) end--;
  return end;
}

export function opensWithLabel(tokens: readonly Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to && isMark(tokens[i]!)) i++;
  const start = i;
  while (i < to && i - start < MAX_LABEL && isNameWord(tokens[i]!)) i++;
  return i > start && tokens[i]?.key === ':';
}

function isNameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.text === t.text.toUpperCase());
}

function isMark(t: Token): boolean {
  return /^["“”‘’'«»`]+$/.test(t.text);
}
