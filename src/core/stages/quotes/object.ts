import type { Token } from '../../model/sentence.js';
import type { Cue } from './cues.js';
import { isQuoteMark } from './cues.js';
import { npStartingAt } from './noun-phrase.js';

// Verbs whose topic needs a preposition: "spoke about", "warned of"; "spoke English" says nothing.
const PREPOSITION_ONLY = new Set(['speak', 'talk', 'warn', 'complain', 'comment', 'hint', 'testify', 'boast', 'brag', 'joke']);
const MAX_TOPIC = 60;
// Prepositions that introduce what is spoken about: "spoke about", "warned of", "commented on", "called for".
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'on', 'at', 'for']);

/**
 * Where the topic of a cue starts when it has an object rather than a clause: "praised the
 * plan", "called for talks", "spoke about the economy", "cited rising costs". Null when no noun
 * phrase, gerund or quotation follows.
 */
export function objectStart(tokens: readonly Token[], cue: Cue, end: number): number | null {
  let i = cue.to;
  while (i < end && tokens[i]!.pos === 'ADV') i++;
  const t = tokens[i];
  if (!t || i >= end) return null;
  const lemma = tokens[cue.from]!.lemma;
  if (TOPIC_PREPOSITIONS.has(t.key) && (t.key !== 'for' || lemma === 'call')) i++;
  else if (PREPOSITION_ONLY.has(lemma)) return null;
  const u = tokens[i];
  if (!u || i >= end) return null;
  if (isQuoteMark(u)) return i;
  if (u.pos === 'VERB' && /ing$/.test(u.key)) return i;
  if (u.pos === 'PRON' && !['it', 'this', 'that', 'them', 'him', 'her', 'his', 'their', 'its'].includes(u.key)) return null;
  return npStartingAt(tokens, i, end) ? i : null;
}

/** The end of a topic: the first comma, semicolon or dash after it, or `end`. */
export function objectEnd(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from + 1; i < end && i < from + MAX_TOPIC; i++) if (tokens[i]!.key === ',' || tokens[i]!.key === ';' || tokens[i]!.key === '-') return i;
  return Math.min(end, from + MAX_TOPIC);
}
