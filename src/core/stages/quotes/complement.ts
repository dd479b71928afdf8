import type { Token } from '../../model/sentence.js';
import type { Cue } from './cues.js';
import { isQuoteMark } from './cues.js';
import { npStartingAt } from './noun-phrase.js';

// Verbs with a person object before what is said: "told reporters that", "urged them to".
const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'warn', 'remind', 'urge', 'ask', 'advise', 'convince', 'persuade', 'press', 'encourage', 'implore', 'beg', 'instruct', 'order', 'request', 'invite', 'call', 'notify', 'brief', 'promise', 'show', 'caution']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);
// Not "when" or "where": after a verb of saying they mostly start a time or place ("said when she resigned").
const WH = new Set(['how', 'what', 'why', 'whether', 'if', 'who', 'which']);
const CLAUSE_OPENERS = new Set(['as', 'because', 'although', 'though', 'while', 'unless', 'once', 'since']);
const SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'there', 'this', 'these', 'those', 'everyone', 'nobody', 'someone', 'nothing', 'something', 'everything', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const RELATIVE = new Set(['last', 'this', 'next']);
const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'since', 'by', 'until', 'before', 'after', 'through', 'over']);
const CLAUSE_WINDOW = 25;
const RELATIVE_PRONOUNS = new Set(['which', 'whom', 'whose']);
// Words before a number or amount that can open a subject: "about 20 people", "too much".
const QUANTIFIERS = new Set(['about', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'over', 'more', 'less', 'fewer', 'only', 'just', 'too', 'so', 'very', 'most', 'much', 'many', 'at']);
const PERIODS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']);
// How many words of adverbials ("in a statement on Monday, August 15,") may sit before "that".
const ADVERBIAL_WINDOW = 16;

/**
 * Where the reported content after a cue begins, or null when the cue reports nothing here: "that"
 * (kept, as annotators do), a wh-word, "to" for verbs of urging and intending, a colon, or, right
 * after the verb, a clause with its own subject ("said the union would help ..."). Adverbials and
 * the object of verbs like "tell" are skipped on the way.
 */
export function complementStart(tokens: readonly Token[], cue: Cue, end: number): number | null {
  if (!cue.takes.has('that') && !cue.takes.has('bare') && !cue.takes.has('to')) return null;
  let i = cue.to;
  const verb = tokens[cue.from]!;
  if (OBJECT_VERBS.has(verb.lemma) && i < end) {
    const t = tokens[i]!;
    if (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.key)) i++;
    else if (t.key !== 'that' && !WH.has(t.key) && t.key !== 'to') i = npStartingAt(tokens, i, end)?.to ?? i;
  }
  const afterObject = i;
  while (i < end && i < afterObject + ADVERBIAL_WINDOW) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const that = cue.takes.has('that');
    if (t.key === 'that') return that && i + 1 < end ? i : null;
    if (WH.has(t.key) && i + 1 < end) return that ? i : null;
    if (t.key === 'to' && cue.takes.has('to') && next && (next.pos === 'VERB' || next.pos === 'AUX')) return i;
    if (t.key === 'not' && next?.key === 'to' && cue.takes.has('to')) return i;
    if (t.key === ':') return that && next && !isQuoteMark(next) && i + 2 < end ? i + 1 : null;
    if (isQuoteMark(t)) {
      // A short title in marks ("told MSNBC's “Morning Joe” that") is passed over; a quotation is not.
      const close = shortQuoted(tokens, i, end);
      if (close === null) return null;
      i = close + 1;
      continue;
    }
    const time = timeWords(tokens, i, end);
    if (time) {
      i += time;
      continue;
    }
    if (cue.takes.has('bare') && tokens[i - 1]?.key !== ',' && opensClause(tokens, i, end)) return i;
    if (t.pos === 'ADV' || t.key === ',') {
      i++;
      continue;
    }
    if (t.pos === 'ADP') {
      // "said of the election, in which she ...": a relative clause is not what was said.
      if (RELATIVE_PRONOUNS.has(tokens[i + 1]?.key ?? '')) return null;
      const np = npStartingAt(tokens, i + 1, end);
      if (!np) return null;
      i = np.to;
      continue;
    }
    return null;
  }
  return null;
}

/** How many tokens of a time expression start at i: "Tuesday", "last week", "in July", "on Monday, August 15". */
function timeWords(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const capital = /^\p{Lu}/u.test(t.text);
  if ((TIME_WORDS.has(t.key) && (capital || !MONTHS.has(t.key))) || (t.pos === 'NUM' && !(next && (next.pos === 'NOUN' || next.pos === 'ADJ')))) return 1;
  if (RELATIVE.has(t.key) && next && PERIODS.has(next.key)) return 2;
  if (i + 1 < end && TIME_PREPOSITIONS.has(t.key)) {
    const inner = timeWords(tokens, i + 1, end);
    if (inner) return 1 + inner;
    if (next?.key === 'the' && tokens[i + 2] && PERIODS.has(tokens[i + 2]!.key)) return 3;
  }
  return 0;
}

/** The index of the closing mark of a quotation of at most five words opening at i, or null. */
function shortQuoted(tokens: readonly Token[], i: number, end: number): number | null {
  for (let k = i + 1; k < end && k <= i + 6; k++) if (isQuoteMark(tokens[k])) return k;
  return null;
}

/**
 * A clause starts at i: a word that can begin a subject ("the", "his", "they", "Trump", "about 20",
 * "too much", "as") and a verb later in the sentence.
 */
function opensClause(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const quantity = QUANTIFIERS.has(t.key) && !!next && (next.pos === 'ADJ' || next.pos === 'NUM' || next.pos === 'DET' || next.pos === 'ADV');
  const opener = t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ' || (t.pos === 'PRON' && SUBJECTS.has(t.key)) || CLAUSE_OPENERS.has(t.key) || quantity;
  if (!opener) return false;
  for (let k = i + 1; k < end && k < i + CLAUSE_WINDOW; k++) {
    const u = tokens[k]!;
    if (u.pos === 'AUX' || (u.pos === 'VERB' && isFinite(tokens, k))) return true;
    if (u.key === ';' || u.key === ':') return false;
  }
  return false;
}

/** A verb that can carry a clause: not "to develop", not a bare "-ing" ("maintains a program to develop"). */
function isFinite(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev?.key === 'to') return false;
  return !/ing$/.test(tokens[k]!.key) || prev?.pos === 'AUX';
}
