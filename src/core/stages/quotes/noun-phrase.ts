import type { Token } from '../../model/sentence.js';

/** A token range, half-open. */
export interface TokenRange {
  from: number;
  to: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'that', 'this', 'these', 'those', 'everyone', 'everybody', 'someone', 'nobody', 'none', 'both', 'all', 'others', 'some', 'many', 'few', 'one']);
const PAREN_WINDOW = 10;
// No speaker's name runs longer; the cap keeps odd input (a line of nouns) linear.
const MAX_NP = 30;
const NOUN_PREPOSITIONS = new Set(['for', 'at', 'in', 'from', 'with']);
// Words tagged as prepositions that open a clause: "shortly after Trump said" has Trump as subject.
const CLAUSE_PREPOSITIONS = new Set(['of', 'after', 'before', 'since', 'until', 'as', 'because', 'while', 'though', 'although', 'like', 'than', 'if', 'once', 'unless', 'whether']);
const TIME_HEADS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']);
const CLOSED_CLASS = new Set(['PUNCT', 'PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'SYM']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// Words between a subject and its verb: "he also said", "Kim has repeatedly said".
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/** A capitalised word the tagger took for a verb or adverb ("Lynch said", "Hope Hicks") is still a name. */
function isName(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !CLOSED_CLASS.has(t.pos);
}

function isNpToken(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (NP_POS.has(t.pos) || isName(t)) return true;
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS.has(t.key) || POSSESSIVES.has(t.key);
  if (t.key === '-') return tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
  return t.key === "'s";
}

function hasHead(tokens: readonly Token[], r: TokenRange): boolean {
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' || t.pos === 'NOUN' || isName(t) || (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.key))) return true;
  }
  return false;
}

/**
 * The noun phrase ending at token `last` (inclusive), walking back no further than `floor`:
 * "the President of Russia", "North Korea's leader Kim Jong Un", "Neera Tanden and Blair Effron".
 */
export function npEndingAt(tokens: readonly Token[], last: number, floor: number): TokenRange | null {
  // "Rep. Gregory W. Meeks (D-N.Y.)": a short parenthesis after a name belongs to it.
  if (tokens[last]?.key === ')') {
    let k = last - 1;
    while (k > floor && k > last - PAREN_WINDOW && tokens[k]!.key !== '(') k--;
    if (tokens[k]?.key !== '(') return null;
    const np = npEndingAt(tokens, k - 1, floor);
    return np ? { from: np.from, to: last + 1 } : null;
  }
  if (last < floor || !isNpToken(tokens, last)) return null;
  let i = last;
  while (i - 1 >= floor && last - i < MAX_NP) {
    const t = tokens[i - 1]!;
    const cur = tokens[i]!;
    const joins = t.key === 'of' || t.key === "'s" || (NOUN_PREPOSITIONS.has(t.key) && tokens[i - 2]?.pos === 'NOUN');
    if (cur.pos === 'DET' && !joins) break;
    if (isNpToken(tokens, i - 1)) {
      // A personal pronoun only stands alone: "it he" is two phrases.
      if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.key)) break;
      i--;
      continue;
    }
    // "the President of Russia", "Tanden and Effron": joined when both sides are nouns;
    // "a spokesman for the ministry", "officials in Kyiv": a common noun takes a place or an employer.
    const before = tokens[i - 2];
    const right = cur.pos === 'PROPN' || cur.pos === 'NOUN' || cur.pos === 'DET';
    if ((t.key === 'of' || t.key === 'and' || t.key === '&') && before && (before.pos === 'PROPN' || before.pos === 'NOUN') && right) {
      if (t.key !== 'of' && cur.pos !== before.pos) break;
      i -= 2;
      continue;
    }
    if (NOUN_PREPOSITIONS.has(t.key) && before?.pos === 'NOUN' && right) {
      i -= 2;
      continue;
    }
    break;
  }
  const r = { from: i, to: last + 1 };
  return hasHead(tokens, r) ? r : null;
}

/** The noun phrase starting at `first`, up to `ceiling` (exclusive): "the minister", "Mr. Kim". */
export function npStartingAt(tokens: readonly Token[], first: number, ceiling: number): TokenRange | null {
  const t0 = tokens[first];
  if (!t0 || first >= ceiling || !isNpToken(tokens, first)) return null;
  if (t0.pos === 'PRON' && SUBJECT_PRONOUNS.has(t0.key)) return { from: first, to: first + 1 };
  let i = first + 1;
  while (i < ceiling && i - first < MAX_NP) {
    const t = tokens[i]!;
    if (t.pos === 'DET' || (t.pos === 'PRON' && !POSSESSIVES.has(t.key))) break;
    if (isNpToken(tokens, i)) {
      i++;
      continue;
    }
    const next = tokens[i + 1];
    if (t.key === 'of' && next && i + 1 < ceiling && (next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'DET')) {
      i += 2;
      continue;
    }
    break;
  }
  const r = { from: first, to: i };
  return hasHead(tokens, r) ? r : null;
}

export interface Subject {
  range: TokenRange;
  /** For "who said": the phrase "who" refers to. */
  antecedent?: TokenRange;
}

/**
 * Who does the verb at `verb`: the noun phrase before it, over adverbs and auxiliaries ("he has
 * also said") and over an appositive or relative clause between commas ("Mr. Kim, 38, said",
 * "The National Guard, which ..., said"). Null for a passive ("is said to") or no phrase.
 */
export function subjectBefore(tokens: readonly Token[], verb: number, floor: number, depth = 0): Subject | null {
  // An infinitive ("wrote to Kim to suggest", "declined to say") has the subject of the verb it hangs on.
  if (tokens[verb - 1]?.key === 'to' && verb - 1 > floor && depth < 2) {
    for (let k = verb - 2; k >= floor && k >= verb - 15; k--) {
      const t = tokens[k]!;
      if (t.key === ',' || t.key === ';' || t.key === ':') break;
      if (t.pos === 'VERB') return subjectBefore(tokens, k, floor, depth + 1);
    }
    return null;
  }
  let j = verb - 1;
  let passive = false;
  while (j >= floor && BETWEEN.has(tokens[j]!.pos)) {
    if (tokens[j]!.lemma === 'be' || tokens[j]!.lemma === 'get') passive = true;
    j--;
  }
  if (passive && /(?:ed|en|id|ld|wn|ght)$/.test(tokens[verb]!.key)) return null;
  if (j < floor) return null;
  if (tokens[j]!.key === ',' || tokens[j]!.key === '-') return subjectBeforeAppositive(tokens, j, floor);
  let np = npEndingAt(tokens, j, floor);
  // "The Times on Saturday wrote": the phrase is the object of a preposition; the subject is before it.
  // "Trump this week said": a time phrase is not the subject either.
  for (let hops = 0; np && hops < 2; hops++) {
    const prep = tokens[np.from - 1];
    const time = TIME_HEADS.has(tokens[np.to - 1]!.key);
    const skip = prep && prep.pos === 'ADP' && !CLAUSE_PREPOSITIONS.has(prep.key) ? 2 : time ? 1 : 0;
    if (!skip || np.from - skip < floor) break;
    const before = npEndingAt(tokens, np.from - skip, floor);
    if (!before) break;
    np = before;
  }
  if (np && TIME_HEADS.has(tokens[np.to - 1]!.key)) np = null;
  if (!np) return null;
  const first = tokens[np.from]!;
  if (np.to - np.from === 1 && (first.key === 'who' || first.key === 'which' || first.key === 'that')) {
    if (first.key === 'that') return null;
    const comma = np.from - 1;
    const antecedent = comma > floor && tokens[comma]!.key === ',' ? npEndingAt(tokens, comma - 1, floor) : npEndingAt(tokens, np.from - 1, floor);
    return antecedent ? { range: np, antecedent } : { range: np };
  }
  return { range: np };
}

const RELATIVES = new Set(['who', 'which', 'whose', 'where', 'whom', 'that']);
const CLAUSE_EDGE = new Set([',', ';', ':', '(', '-', '"', 'and', 'but']);
// How far back an appositive chain may reach: "X, an economist who ..., a conservative group, said".
const APPOSITIVE_WINDOW = 40;

/**
 * The subject before a verb that follows a comma: walks back over appositives and relative
 * clauses ("Mr. Kim, 38, said", "The National Guard, which ..., said", "Douglas Holtz-Eakin, an
 * economist who ..., a conservative group, said") to a noun phrase that starts a clause.
 */
function subjectBeforeAppositive(tokens: readonly Token[], comma: number, floor: number): Subject | null {
  let right = comma;
  let fallback: TokenRange | null = null;
  for (let k = comma - 1; k >= floor && k >= comma - APPOSITIVE_WINDOW; k--) {
    const key = tokens[k]!.key;
    if (key === ';' || key === ':' || key === '"') break;
    if (key !== ',' && key !== '-' && key !== '(') continue;
    if (!isAppositive(tokens, k + 1, right)) break;
    const np = npEndingAt(tokens, k - 1, floor);
    if (np && (np.from === floor || CLAUSE_EDGE.has(tokens[np.from - 1]!.key))) return { range: np };
    fallback ??= np;
    right = k;
  }
  return fallback ? { range: fallback } : null;
}

/**
 * Tokens `[from, to)` can stand between a subject and its verb: a relative clause ("which usually
 * dealt with protests", "an economist who served ...") or a phrase without a finite verb ("the
 * minister", "38", "a group based in Ohio"). "and the meeting deteriorated" is a clause of its own.
 */
export function isAppositive(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  const first = tokens[from]!;
  if (first.pos === 'CCONJ' || first.pos === 'VERB' || first.pos === 'AUX') return false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (RELATIVES.has(t.key)) return true;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB' && !(/(?:ed|en|ing)$/.test(t.key) && tokens[i - 1]!.pos === 'NOUN')) return false;
  }
  return true;
}
