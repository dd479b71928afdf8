import type { Token } from '../../model/sentence.js';
import { CUE_PHRASES, type CueInfo, cueIndex } from './cue-words.js';
import { firstIndex } from '../../text/search.js';

/** A word or phrase that attributes speech: tokens `[from, to)`, the cue group id and what it takes. */
export interface Cue {
  from: number;
  to: number;
  id: string;
  takes: CueInfo['takes'];
  /** "according to": the speaker follows and the content is on the other side of a comma. */
  according?: boolean;
}

const INDEX = cueIndex();
// "called half of Donald Trump's supporters “deplorables”": how far the name may follow "called".
const CALL_WINDOW = 8;
const ALL: CueInfo['takes'] = new Set(['that', 'bare', 'to', 'quote']);
// Third-person forms that are also plural nouns ("reports", "claims"): verbs after a subject.
const THIRD_PERSON = new Set(['reports', 'writes', 'notes', 'adds', 'claims', 'warns', 'argues', 'insists', 'tweets', 'states', 'suggests', 'estimates', 'shows', 'finds', 'predicts', 'charges', 'promises', 'vows', 'pledges', 'urges', 'calls', 'demands']);
// Forms the tagger sometimes calls nouns or adjectives but which are verbs of saying in news text.
const UNAMBIGUOUS = new Set(['said', 'says', 'told', 'tells', 'added', 'stated', 'wrote', 'tweeted', 'insisted', 'claimed', 'warned', 'announced', 'suggested', 'argued', 'noted']);

/**
 * The cues in tokens `[from, to)`, skipping tokens `inside` reports as quoted (words in a
 * quotation are content, not cues). Verbs only: "the report" and "a claim" are not cues, though
 * "the report said" has one.
 */
export function findCues(tokens: readonly Token[], from: number, to: number, inside: (i: number) => boolean): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    if (inside(i)) continue;
    const phrase = phraseAt(tokens, i, to);
    if (phrase) {
      out.push(phrase);
      i = phrase.to - 1;
      continue;
    }
    const t = tokens[i]!;
    const info = INDEX.get(t.lemma);
    if (!info) continue;
    const verb = t.pos === 'VERB' || (UNAMBIGUOUS.has(t.key) && t.pos !== 'DET') || (THIRD_PERSON.has(t.key) && afterSubject(tokens[i - 1]));
    if (!verb || isModifier(tokens, i)) continue;
    // "according to show insiders": words naming the source of "according to" are not cues.
    if (tokens[i - 1]?.key === 'to' && tokens[i - 2]?.key === 'according') continue;
    // "Hope Hicks": a capitalised cue word before a name is part of the name.
    if (/^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 1]!.pos !== 'PRON') continue;
    // "a show called “...”", "a group named ...": naming, not speech.
    if (tokens[i - 1]?.pos === 'NOUN' && /ed$/.test(t.key) && (t.lemma === 'call' || t.lemma === 'name' || t.lemma === 'title' || t.lemma === 'dub' || t.lemma === 'label')) continue;
    // A passive or bare participle ("was asked to", "war zones known for") attributes nothing to anyone.
    if (isPassive(tokens, i)) continue;
    // "call" and "point" attribute only with their particle: "called for", "called on", "pointed out".
    if (t.lemma === 'call' && !['for', 'on'].includes(tokens[i + 1]?.key ?? '') && !quoteWithin(tokens, i + 1, Math.min(to, i + 1 + CALL_WINDOW))) continue;
    const particle = t.lemma === 'call' && (tokens[i + 1]?.key === 'for' || tokens[i + 1]?.key === 'on') ? 1 : 0;
    out.push({ from: i, to: i + 1 + particle, id: info.id, takes: info.takes });
  }
  return out;
}

/** "was asked", "is expected", "has been shown"; "known"/"shown" without "have" before them. */
function isPassive(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i]!.key;
  if (!/(?:ed|en|wn|id|ld|ght)$/.test(key)) return false;
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j--;
  const aux = tokens[j];
  if (aux && (aux.lemma === 'be' || aux.lemma === 'get') && aux.pos === 'AUX') return true;
  return /(?:wn|en)$/.test(key) && !(aux && aux.lemma === 'have');
}

/** "The New York Post reports that": a verb after its subject, not a noun after "the" or "his". */
function afterSubject(prev: Token | undefined): boolean {
  return !!prev && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || (prev.pos === 'PRON' && !['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(prev.key)));
}

/** A participle used as an adjective: "50 suspected nationalists", "the announced plan". */
function isModifier(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || !/(?:ed|en)$/.test(tokens[i]!.key)) return false;
  return (prev.pos === 'DET' || prev.pos === 'NUM' || prev.pos === 'ADJ') && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN');
}

function phraseAt(tokens: readonly Token[], i: number, to: number): Cue | null {
  for (const p of CUE_PHRASES) {
    if (i + p.keys.length > to) continue;
    if (p.keys.every((k, j) => tokens[i + j]!.lemma === k || tokens[i + j]!.key === k)) {
      return { from: i, to: i + p.keys.length, id: p.id, takes: ALL, ...(p.id === 'cue.according-to' ? { according: true } : {}) };
    }
  }
  return null;
}

function quoteWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isQuoteMark(tokens[k])) return true;
  return false;
}

export function isQuoteMark(t: Token | undefined): boolean {
  return !!t && /^(?:["“”‘’«»`]|''|'|``)$/.test(t.text);
}

/** Index of the last cue ending at or before token `pos` (-1 when none); cues are sorted and disjoint. */
export function lastCueEndingBy(cues: readonly Cue[], pos: number): number {
  return firstIndex(cues.length, (k) => cues[k]!.to > pos) - 1;
}
