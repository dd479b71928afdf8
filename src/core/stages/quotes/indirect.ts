import type { Sentence, Token } from '../../model/sentence.js';
import { complementStart } from './complement.js';
import { cueSubject, inverted } from './cue-subject.js';
import type { Cue } from './cues.js';
import { isQuoteMark } from './cues.js';
import type { QuoteDoc } from './doc.js';
import { isAppositive, npStartingAt, type Subject, subjectBefore } from './noun-phrase.js';
import { objectEnd, objectStart } from './object.js';
import type { RawQuote } from './raw-quote.js';

const EDGE_PUNCT = /^(?:[.!?;:,)\]-]|--)$/;
// Reported content longer than this is a tokenizer that found no sentence end, not speech.
const MAX_CONTENT = 250;
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);
const JOINERS = new Set(['and', 'but', ',', ';', '-', '--']);
// Participles that continue a report: "..., adding that ...".
const GOING_ON = /ing$/;

/**
 * Reported speech without quotation marks, and the clause around a partial quotation:
 * "X said (that) ...", "X urged them to ...", "According to X, ...", "..., according to X",
 * "..., X said." and "A, X said, B" (two fragments sharing one cue). A stretch that is already a
 * direct quotation is left to it.
 */
export function indirectQuotes(doc: QuoteDoc): RawQuote[] {
  const { tokens } = doc.ctx;
  const { sentences } = doc;
  const out: RawQuote[] = [];
  for (const s of sentences) {
    const cues = doc.cues[s.index]!;
    cues.forEach((cue, k) => {
      const limit = Math.min(boundary(tokens, s, cues, k), cue.to + MAX_CONTENT);
      if (cue.according) {
        out.push(...according(doc, s, cue, cues, limit));
        return;
      }
      const subject = cueSubject(tokens, s, cue, cues);
      // "..., said Brian Baker, an adviser who ...": after a comma or a quotation, with no subject
      // before it, the words after the verb name the speaker; they are not what was said.
      const invertedCue = !subject && /^(?:[,"“”‘’']|'')$/.test(tokens[cue.from - 1]?.text ?? '');
      const comp = invertedCue ? null : complementStart(tokens, cue, limit);
      if (comp !== null) {
        const raw = make(doc, comp, contentEnd(tokens, comp, limit), cue, subject ?? inverted(tokens, cue, comp), 'quote.complement');
        if (raw) out.push(raw);
        return;
      }
      const topic = cue.takes.has('object') && !invertedCue ? objectStart(tokens, cue, limit) : null;
      if (topic !== null) {
        const raw = make(doc, topic, contentEnd(tokens, topic, objectEnd(tokens, topic, limit)), cue, subject, 'quote.topic', 1);
        if (raw) out.push(raw);
        return;
      }
      const participle = GOING_ON.test(tokens[cue.from]!.key) && tokens[cue.from - 1]?.key === ',';
      if (!participle && cue.takes.has('quote')) out.push(...aroundCue(doc, s, cue, subject));
    });
  }
  return out;
}

/**
 * Where the content of cue k must end: before the next cue's clause when that clause is joined
 * on ("said X and warned Y", "said X — and he noted that Y").
 */
function boundary(tokens: readonly Token[], s: Sentence, cues: readonly Cue[], k: number): number {
  const next = cues[k + 1];
  if (!next) return s.tokenEnd;
  const subject = next.according ? null : subjectBefore(tokens, next.from, cues[k]!.to);
  let b = subject ? subject.range.from : next.from;
  while (b > cues[k]!.to && tokens[b - 1]!.pos === 'ADV') b--;
  return JOINERS.has(tokens[b - 1]?.key ?? '') ? b - 1 : s.tokenEnd;
}

/** "According to X, ..." and "..., according to X". */
function according(doc: QuoteDoc, s: Sentence, cue: Cue, cues: readonly Cue[], limit: number): RawQuote[] {
  const { tokens } = doc.ctx;
  const subject = cueSubject(tokens, s, cue, cues);
  if (!subject) return [];
  const np = subject.range;
  if (leadingOnly(tokens, s.tokenStart, cue.from)) {
    let comma = np.to;
    while (comma < limit && comma < np.to + 8 && tokens[comma]!.key !== ',') comma++;
    if (comma >= limit || tokens[comma]!.key !== ',') return [];
    // "According to North Korea's state media, KCNA, the letter ...": skip the appositive.
    const appositive = npStartingAt(tokens, comma + 1, limit);
    if (appositive && tokens[appositive.to]?.key === ',' && hasVerb(tokens, appositive.to + 1, limit)) comma = appositive.to;
    const raw = make(doc, comma + 1, contentEnd(tokens, comma + 1, limit), cue, subject, 'quote.according-before');
    return raw ? [raw] : [];
  }
  const end = tokens[cue.from - 1]?.key === ',' ? cue.from - 1 : cue.from;
  const raw = make(doc, firstWord(tokens, Math.max(s.tokenStart, end - MAX_CONTENT), end), end, cue, subject, 'quote.according-after');
  return raw ? [raw] : [];
}

/**
 * A cue with nothing to report after it: the content is the rest of the sentence around it.
 * "The plan, he said, failed." (two fragments) / "The plan failed, he said." / "..., said the minister."
 */
function aroundCue(doc: QuoteDoc, s: Sentence, cue: Cue, subject: Subject | null): RawQuote[] {
  const { tokens } = doc.ctx;
  const subj = subject ?? inverted(tokens, cue, s.tokenEnd);
  // "A spokesman, who asked not to be named, said": a relative clause frames nothing.
  if (!subj || (subj.range.to - subj.range.from === 1 && RELATIVE_WORDS.has(tokens[subj.range.from]!.key))) return [];
  const left = Math.min(subj.range.from, cue.from);
  const right = Math.max(subj.range.to, cue.to);
  if (tokens[left - 1]?.key !== ',') return [];
  const before = firstWord(tokens, Math.max(s.tokenStart, left - 1 - MAX_CONTENT), left - 1);
  const sentenceEnd = Math.min(s.tokenEnd, right + MAX_CONTENT);
  // What follows the cue: adverbials up to the end ("..., he said on Monday.") or ", B".
  let k = right;
  while (k < s.tokenEnd && k < right + 6 && tokens[k]!.key !== ',' && !EDGE_PUNCT.test(tokens[k]!.text)) k++;
  // ", B" is the rest of the content unless it only describes the speaker ("said X, an adviser who ...").
  const bEnd = contentEnd(tokens, k + 1, sentenceEnd);
  if (tokens[k]?.key === ',' && hasVerb(tokens, k + 1, sentenceEnd) && hasVerb(tokens, before, sentenceEnd) && !isAppositive(tokens, k + 1, bEnd)) {
    const a = make(doc, before, left - 1, cue, subj, 'quote.parenthetical', 1);
    const b = make(doc, k + 1, bEnd, cue, subj, 'quote.parenthetical');
    return a && b ? [a, b] : [];
  }
  if (contentEnd(tokens, k, sentenceEnd) > k && !(tokens[k]?.key === ',' && isAppositive(tokens, k + 1, bEnd))) return [];
  if (left - 1 - before < 3 || !hasVerb(tokens, before, left - 1)) return [];
  const raw = make(doc, before, left - 1, cue, subj, 'quote.cue-after');
  return raw ? [raw] : [];
}

/** A quotation from tokens `[from, to)`, unless it is too short or mostly inside quotation marks. */
function make(doc: QuoteDoc, from: number, to: number, cue: Cue, subject: Subject | null, rule: string, minWords = 2): RawQuote | null {
  const { tokens } = doc.ctx;
  while (from < to && EDGE_PUNCT.test(tokens[from]!.text)) from++;
  let quoted = 0;
  let words = 0;
  for (let i = from; i < to; i++) {
    if (!/[\p{L}\p{N}]/u.test(tokens[i]!.text)) continue;
    words++;
    if (doc.quoted(i)) quoted++;
  }
  if (words < minWords || quoted / words > 0.8) return null;
  return { kind: 'indirect', start: tokens[from]!.start, end: tokens[to - 1]!.end, cue, subject, ruleIds: ['quote.indirect', rule, cue.id] };
}

/** Where the content ends: the sentence end (or `limit`) without final punctuation, or before "; ". */
function contentEnd(tokens: readonly Token[], from: number, limit: number): number {
  let end = limit;
  for (let i = from; i < limit; i++) {
    if (tokens[i]!.key === ';') {
      end = i;
      break;
    }
  }
  while (end > from && (EDGE_PUNCT.test(tokens[end - 1]!.text) || tokens[end - 1]!.pos === 'CCONJ') && !isQuoteMark(tokens[end - 1])) end--;
  return end;
}

function firstWord(tokens: readonly Token[], from: number, to: number): number {
  while (from < to && !/[\p{L}\p{N}"“‘'«]/u.test(tokens[from]!.text)) from++;
  return from;
}

function leadingOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) return false;
  return true;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
  return false;
}
