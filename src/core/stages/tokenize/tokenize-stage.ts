import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos, Sentence, Token } from '../../model/sentence.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { normText, wordKey } from '../../text/normalize.js';
import { EN_PARTICIPLE } from '../../text/participles.js';
import { segments } from './segments.js';
import { stems } from './stems.js';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/**
 * wink-nlp is built once per process: its model takes ~100 ms to load. Only sentence boundaries and
 * POS (which brings lemmas): named entities, negation, sentiment and custom entities are never read,
 * and the POS tagger does not look at them; skipping them saves about a third of wink's time.
 */
function getNlp(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Sentences, tokens, POS and lemmas from wink-nlp, with offsets into the original text.
 * wink runs on each block separately so a headline never merges with the paragraph below it.
 */
export const tokenizeStage: Stage = {
  name: 'tokenize',
  run(ctx: CoderContext) {
    const nlp = getNlp();
    const its = nlp.its;
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    for (const block of segments(ctx.text)) {
      const blockText = ctx.text.slice(block.start, block.end);
      // In a Title Case Headline every word looks like a proper noun to the tagger; tag a lower-case
      // copy of the same length instead (names are still matched against the original text).
      const doc = nlp.readDoc(isTitleCase(blockText) ? lowerSameLength(blockText) : blockText);
      let cursor = 0;
      const sents = doc.sentences();
      for (let si = 0; si < sents.length(); si++) {
        const s = sents.itemAt(si);
        const values = s.tokens().out() as string[];
        const pos = s.tokens().out(its.pos) as string[];
        const lemmas = s.tokens().out(its.lemma as never) as string[];
        const tokenStart = tokens.length;
        const index = sentences.length;
        for (let k = 0; k < values.length; k++) {
          const value = values[k]!;
          const at = indexOfCaseless(blockText, value, cursor);
          // wink occasionally rewrites a token (expanded contractions); skip what we cannot place.
          if (at < 0 || at - cursor > 200) continue;
          cursor = at + value.length;
          const start = block.start + at;
          const original = blockText.slice(at, at + value.length);
          tokens.push({
            i: tokens.length,
            text: original,
            start,
            end: start + value.length,
            norm: normText(original),
            key: wordKey(original),
            lemma: normText(lemmas[k] ?? value),
            stems: stems(wordKey(original)),
            pos: (pos[k] ?? 'X') as Pos,
            sentence: index,
          });
        }
        if (tokens.length > tokenStart) {
          sentences.push({
            index,
            start: tokens[tokenStart]!.start,
            end: tokens[tokens.length - 1]!.end,
            tokenStart,
            tokenEnd: tokens.length,
          });
        }
      }
    }
    retagParticiples(tokens);
    ctx.tokens = tokens;
    ctx.sentences = sentences;
  },
};

const AUXILIARIES = new Set(['have', 'has', 'had', "'ve", 'been', 'be', 'being', 'was', 'were', 'is', 'are']);

/** "have retaken", "was overtaken": wink tags some prefixed participles as nouns; after an auxiliary they are verbs. */
function retagParticiples(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || !EN_PARTICIPLE.test(t.key)) continue;
    let k = i - 1;
    while (k > 0 && tokens[k]!.pos === 'ADV') k--;
    if (AUXILIARIES.has(tokens[k]!.key) && tokens[k]!.sentence === t.sentence) tokens[i] = { ...t, pos: 'VERB' };
  }
}

/** A headline in Title Case: no final punctuation and most longer words capitalised. */
export function isTitleCase(text: string): boolean {
  if (text.length > 200 || /[.!?]["”’]?$/.test(text.trim())) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.75;
}

function lowerSameLength(text: string): string {
  return text.replace(/\p{Lu}/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

function indexOfCaseless(haystack: string, needle: string, from: number): number {
  const at = haystack.indexOf(needle, from);
  if (at >= 0) return at;
  return haystack.toLowerCase().indexOf(needle.toLowerCase(), from);
}
