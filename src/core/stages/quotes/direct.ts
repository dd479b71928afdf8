import type { Token } from '../../model/sentence.js';
import { type Cue, lastCueEndingBy } from './cues.js';
import type { QuoteDoc } from './doc.js';
import { cueSubject } from './cue-subject.js';
import { npStartingAt, type Subject, subjectBefore } from './noun-phrase.js';
import type { MarkedSpan } from './quote-marks.js';
import type { RawQuote } from './raw-quote.js';
import { opensWithLabel } from './speaker-label.js';

// Words that name rather than quote: a title or a label in marks is no one's speech.
const NAMING = new Set(['called', 'dubbed', 'titled', 'entitled', 'named', 'so-called', 'labeled', 'labelled', 'headlined', 'nicknamed', 'termed', 'as']);
const NEGATION = new Set(['not', "n't", 'never']);
const SKIP_AFTER = new Set([',', '-', '(', ')']);
// How far a cue may sit after a quotation and still be its cue: "“...,” the ministry's spokesman said".
const AFTER_WINDOW = 12;

/**
 * Direct quotations: text in quotation marks with who said it. The cue is looked for right after
 * the quotation ("“...,” said X", "“...,” X said", "“...,” according to X"), then before it in the
 * same sentence ("X said: “...”", "X said the union would help “...”") or in a sentence ending in a
 * colon just before; a quotation opening a sentence with no cue carries on the previous one in the
 * same or the previous paragraph. Quotations of one or two words need a cue (scare quotes, names).
 */
export function directQuotes(doc: QuoteDoc): RawQuote[] {
  const { tokens } = doc.ctx;
  const out: RawQuote[] = [];
  let prev: { raw: RawQuote; paragraph: number; after: number } | null = null;
  for (const m of doc.marked) {
    const first = doc.tokenFrom(m.start);
    let last = doc.tokenFrom(m.end) - 1;
    while (last >= first && tokens[last]!.end > m.end) last--;
    if (last < first) continue;
    const words = countWords(tokens, first, last + 1);
    // A transcript paragraph in marks ("“PENCE: Well, ...") is labelled speech, not one long quotation.
    if (!words || opensWithLabel(tokens, first, last + 1)) continue;
    const startSentence = doc.sentenceOf(first);
    const paragraph = doc.paragraphOf[startSentence]!;
    const found = cueAfter(doc, m, last) ?? cueBefore(doc, first);
    let raw: RawQuote | null = null;
    if (found && !(words <= 2 && found.negated)) {
      raw = { kind: 'direct', start: m.start, end: m.end, cue: found.cue, subject: found.subject, ruleIds: ['quote.direct', found.rule, found.cue.id] };
    } else if (prev && opensSentence(doc, first) && paragraph - prev.paragraph <= 1 && (paragraph === prev.paragraph || opensParagraph(doc, first, paragraph))) {
      // Someone else may have spoken in between: "He added that ..." re-attributes what follows.
      const between = lastCueBetween(doc, prev.after, first);
      const origin: RawQuote = between ?? prev.raw.continues ?? prev.raw;
      raw = { kind: 'direct', start: m.start, end: m.end, cue: origin.cue, subject: origin.subject, continues: origin, ruleIds: ['quote.direct', 'quote.continued'] };
    } else if (words >= 4 && !NAMING.has(tokens[first - 2]?.key ?? '')) {
      raw = { kind: 'direct', start: m.start, end: m.end, cue: null, subject: null, ruleIds: ['quote.direct', 'quote.unattributed'] };
    }
    if (!raw) continue;
    out.push(raw);
    if (raw.cue || raw.continues) prev = { raw, paragraph: doc.paragraphOf[doc.sentenceOf(last)]!, after: doc.tokenFrom(m.close) };
    else prev = null;
  }
  return out;
}

interface Found {
  cue: Cue;
  subject: Subject | null;
  rule: string;
  negated: boolean;
}

/** "“...,” said X", "“...,” X said", "“...,” X, the minister, said", "“...,” according to X". */
function cueAfter(doc: QuoteDoc, m: MarkedSpan, lastInner: number): Found | null {
  const { tokens } = doc.ctx;
  const { sentences } = doc;
  const signed = signature(doc, doc.tokenFrom(m.close));
  if (signed) return signed;
  let a = doc.tokenFrom(m.close);
  while (a < tokens.length && SKIP_AFTER.has(tokens[a]!.key)) a++;
  const t = tokens[a];
  if (!t) return null;
  const innerSentence = doc.sentenceOf(lastInner);
  // After a quotation that ends its own sentence ("...now.”) a capitalised word starts a new
  // sentence, not an attribution; after "?" or "!" it may be one ("“Why now?” Smith asked").
  const ending = /([.!?])\s*$/.exec(doc.ctx.text.slice(m.start, m.end))?.[1];
  const lower = /^\p{Ll}/u.test(t.text);
  if (ending === '.' && !lower) return null;
  const at = doc.sentenceOf(a);
  const next = at === innerSentence + 1 && (lower || ending === '?' || ending === '!');
  if (at !== innerSentence && !next) return null;
  const sentence = sentences[at]!;
  const all = doc.cues[at]!;
  let cue: Cue | undefined;
  for (let k = lastCueEndingBy(all, a) + 1; k < all.length && all[k]!.from <= a + AFTER_WINDOW; k++) {
    if (all[k]!.from >= a && all[k]!.takes.has('quote')) {
      cue = all[k];
      break;
    }
  }
  if (!cue) return null;
  if (cue.from === a) {
    const np = npStartingAt(tokens, cue.to, sentence.tokenEnd);
    return { cue, subject: np ? { range: np } : null, rule: cue.according ? 'quote.after-according' : 'quote.after-inverted', negated: false };
  }
  const subject = subjectBefore(tokens, cue.from, a);
  if (!subject || subject.range.from !== a) return null;
  return { cue, subject, rule: 'quote.after', negated: negated(tokens, subject.range.to, cue.from) };
}

/**
 * "“...” ― Sonya Herridge": a dash and a name after a quotation sign it, as in collected reader
 * comments and epigraphs. The name must end its sentence or come before the next quotation.
 */
function signature(doc: QuoteDoc, at: number): Found | null {
  const { tokens } = doc.ctx;
  const dash = tokens[at];
  if (!dash || !/^[―—–]$|^--$/.test(dash.text)) return null;
  const np = npStartingAt(tokens, at + 1, tokens.length);
  if (!np || !tokens.slice(np.from, np.to).every((t) => /^\p{Lu}/u.test(t.text) || t.key === '.')) return null;
  const after = tokens[np.to];
  if (after && doc.sentenceOf(np.to) === doc.sentenceOf(at) && !isQuoteMarkToken(after) && !/^[.,;]$/.test(after.text)) return null;
  return { cue: { from: at, to: at + 1, id: 'cue.signature', takes: new Set(['quote']) }, subject: { range: np }, rule: 'quote.signature', negated: false };
}

function isQuoteMarkToken(t: Token): boolean {
  return /^["“”‘’«»]$/.test(t.text);
}

/** The closest cue before the quotation in its sentence, or in a sentence just before that ends with a colon. */
function cueBefore(doc: QuoteDoc, firstInner: number): Found | null {
  const { tokens } = doc.ctx;
  const { sentences } = doc;
  let mark = firstInner - 1;
  while (mark > 0 && /^["“‘'«`]+$/.test(tokens[mark]!.text) && /^["“‘'«`]+$/.test(tokens[mark - 1]!.text)) mark--;
  const s = doc.sentenceOf(firstInner);
  let sentence = sentences[s]!;
  let end = Math.max(sentence.tokenStart, mark);
  if (end <= sentence.tokenStart) {
    const before = sentences[s - 1];
    if (!before || tokens[before.tokenEnd - 1]!.key !== ':') return null;
    sentence = before;
    end = before.tokenEnd - 1;
  }
  const cue = doc.cues[sentence.index]![lastCueEndingBy(doc.cues[sentence.index]!, end)];
  if (!cue) return null;
  const subject = cueSubject(tokens, sentence, cue, doc.cues[sentence.index]!) ?? (cue.according ? null : invertedSubject(tokens, cue, end));
  if (cue.according) return subject ? { cue, subject, rule: 'quote.before-according', negated: false } : null;
  return { cue, subject, rule: 'quote.before', negated: negated(tokens, subject?.range.to ?? sentence.tokenStart, cue.from) };
}

/**
 * The last cue with a subject between tokens `from` and `to` (after the previous quotation), as a
 * quotation of its own for the next one to carry on: "“A,” he said, adding that ... “B.”"
 */
function lastCueBetween(doc: QuoteDoc, from: number, to: number): RawQuote | null {
  const { tokens } = doc.ctx;
  const { sentences } = doc;
  if (from >= to) return null;
  for (let s = doc.sentenceOf(to - 1); s >= doc.sentenceOf(from); s--) {
    const cues = doc.cues[s]!;
    for (let k = cues.length - 1; k >= 0; k--) {
      const cue = cues[k]!;
      if (cue.from < from || cue.to > to) continue;
      const subject = cueSubject(tokens, sentences[s]!, cue, cues);
      if (subject) return { kind: 'indirect', start: tokens[cue.from]!.start, end: tokens[cue.from]!.start, cue, subject, ruleIds: [] };
    }
  }
  return null;
}

/** "said Mr. Kim: “...”": a subject right after the verb. */
function invertedSubject(tokens: readonly Token[], cue: Cue, end: number): Subject | null {
  const np = npStartingAt(tokens, cue.to, end);
  return np && tokens[np.from]!.pos !== 'DET' ? { range: np } : null;
}

function negated(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) if (NEGATION.has(tokens[i]!.key)) return true;
  return false;
}

function countWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (/[\p{L}\p{N}]/u.test(tokens[i]!.text)) n++;
  return n;
}

/** The quotation's first word follows only its marks at the start of a sentence. */
function opensSentence(doc: QuoteDoc, first: number): boolean {
  const { tokens } = doc.ctx;
  const { sentences } = doc;
  const s = sentences[doc.sentenceOf(first)]!;
  for (let i = s.tokenStart; i < first; i++) if (!/^["“‘'«`]+$/.test(tokens[i]!.text)) return false;
  return true;
}

function opensParagraph(doc: QuoteDoc, first: number, paragraph: number): boolean {
  const s = doc.sentenceOf(first);
  return s === 0 || doc.paragraphOf[s - 1] !== paragraph;
}
