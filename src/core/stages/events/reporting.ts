import type { Token } from '../../model/sentence.js';

/** Verbs of saying: an event in their complement is reported by their subject. */
export const REPORTING_LEMMAS = new Set([
  'say', 'tell', 'add', 'state', 'announce', 'report', 'claim', 'write', 'warn', 'insist', 'confirm', 'note', 'explain',
  'declare', 'stress', 'argue', 'allege', 'assert', 'acknowledge', 'admit', 'reply', 'respond', 'indicate', 'suggest',
  'reiterate', 'repeat', 'emphasize', 'emphasise', 'underline', 'maintain', 'conclude', 'predict', 'believe', 'think',
  'estimate', 'recall', 'remark', 'observe', 'concede', 'contend', 'complain', 'tweet', 'post', 'agree', 'hint',
]);

/** Nouns that carry reported content: "issued a reminder to Iraq that it must cooperate". */
export const REPORTING_NOUNS = new Set(['statement', 'reminder', 'warning', 'declaration', 'message', 'letter', 'communique', 'announcement', 'report', 'claim', 'assurance', 'insistence', 'demand', 'view', 'position']);

/** The closest verb of saying before token `before` in the sentence, or null. */
export function reportingVerbBefore(tokens: readonly Token[], from: number, before: number): number | null {
  for (let i = before - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (t.key === ';') return null;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && REPORTING_LEMMAS.has(t.lemma)) return i;
    if (t.key === 'according' && tokens[i + 1]?.key === 'to') return i;
    if (t.pos === 'NOUN' && REPORTING_NOUNS.has(t.key) && thatWithin(tokens, i, before)) return i;
  }
  return null;
}

/** "a reminder to Iraq that ...": the noun's "that" comes within a few words. */
function thatWithin(tokens: readonly Token[], noun: number, before: number): boolean {
  for (let i = noun + 1; i < before && i <= noun + 5; i++) if (tokens[i]!.key === 'that') return true;
  return false;
}

/**
 * A trailing attribution after the event: "..., officials said Thursday", "..., said the
 * minister", "..., according to X". Returns the verb (or "according"), or null.
 */
export function reportingVerbAfter(tokens: readonly Token[], after: number, to: number): number | null {
  for (let i = after; i < to; i++) {
    const t = tokens[i]!;
    if (t.key === ';') return null;
    if (t.key !== ',') continue;
    for (let k = i + 1; k < Math.min(to, i + 9); k++) {
      const u = tokens[k]!;
      if ((u.pos === 'VERB' || u.pos === 'AUX') && REPORTING_LEMMAS.has(u.lemma)) return k;
      if (u.key === 'according' && tokens[k + 1]?.key === 'to') return k;
      if (u.pos === 'VERB' || u.key === ',' || u.key === 'that') break;
    }
  }
  return null;
}

/** "killing 19 people, hospital officials said": after the comma at `comma` comes who reports it. */
export function attributionAfter(tokens: readonly Token[], comma: number, to: number): boolean {
  // (", and said they also opposed": a clause of its own, not an attribution.)
  if (tokens[comma + 1]?.pos === 'CCONJ') return false;
  for (let k = comma + 1; k < Math.min(to, comma + 7); k++) {
    const t = tokens[k]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && REPORTING_LEMMAS.has(t.lemma)) return true;
    if (t.key === ',' || t.pos === 'VERB' || t.pos === 'ADP') return false;
  }
  return false;
}
