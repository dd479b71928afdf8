import type { Token } from '../../model/sentence.js';
import type { Toponym } from './toponyms.js';
import { COMMON_CAPITALISED, DISEASE_WORDS, INSTITUTION_HEADS, NAMED_INSTITUTIONS, SPEECH_VERBS, MONTHS_AND_DAYS, NAME_CONNECTORS, PLACE_MODIFIERS, TITLES, WORDLIKE_NAMES } from './words.js';

/** What the filters need to know about the article beyond the toponym itself. */
export interface FilterEnv {
  tokens: readonly Token[];
  text: string;
  /** First token of each sentence, by sentence index. */
  sentenceStart: (sentence: number) => number;
  /** Sentences written in Title Case or capitals, where capitals say nothing. */
  caseless: (sentence: number) => boolean;
  /** Offsets covered by person mentions (actors stage). */
  inPerson: (start: number, end: number) => boolean;
  /** Offsets covered by organisations, international bodies, groups and media (actors stage). */
  inOrganisation: (start: number, end: number) => boolean;
  /** Single-word keys used as people's names in this article ("Henry" after "Chiquita Raquel Henry"). */
  personNames: Set<string>;
  /** Words the article also writes in lower case ("reading", "mobile"): common words here. */
  lowerCaseWords: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
}

const isUpper = (s: string) => /^\p{Lu}/u.test(s);
const prominent = (m: Toponym) => m.candidates.some((c) => /^A\.(PCLI|ADM1)$/.test(c.feature) || c.feature === 'P.PPLC' || c.population >= 1_000_000);

/**
 * Why a toponym is not a place here, as a rule id, or null when nothing speaks against it. Person
 * names are the main risk: most surnames are also the name of some small town.
 */
export function rejectReason(m: Toponym, env: FilterEnv): string | null {
  if (m.kind === 'abbreviation') return null;
  const { tokens } = env;
  if (env.inPerson(m.start, m.end)) return 'place.reject.person-mention';
  if (env.inOrganisation(m.start, m.end) && !prominent(m)) return 'place.reject.organisation-mention';
  const single = m.tokenEnd - m.tokenStart === 1 && m.kind === 'name';
  if (env.demonyms.has(m.key) || env.demonyms.has(m.key.replace(/s$/, ''))) return 'place.reject.demonym';
  if (single && (COMMON_CAPITALISED.has(m.key) || MONTHS_AND_DAYS.has(m.key) || TITLES.has(m.key) || INSTITUTION_HEADS.has(m.key) || NAMED_INSTITUTIONS.has(m.key))) return 'place.reject.common-word';
  const after = tokens[m.tokenEnd];
  if (after && after.sentence === m.sentence && DISEASE_WORDS.has(after.key)) return 'place.reject.disease-name';
  if (env.text.slice(m.start, m.end + 1).includes('$')) return 'place.reject.currency';
  if (single && env.personNames.has(m.key)) return 'place.reject.person-name';
  if (single && !prominent(m) && isSpeaker(tokens, m)) return rememberPerson(m, env, 'place.reject.speaker');
  // "CHARLESTON, W.Va.", "Pandi, Bulacan": a region after a comma vouches for the name.
  if (m.qualifier) return null;
  const first = env.sentenceStart(m.sentence);
  const caseless = env.caseless(m.sentence);
  const prev = previousWord(tokens, m.tokenStart, first);
  if (prev && TITLES.has(prev.key)) return rememberPerson(m, env, 'place.reject.after-title');
  if (!caseless && prev && isUpper(prev.text) && joined(prev, tokens[m.tokenStart]!, env.text)) {
    const partOfName = !PLACE_MODIFIERS.has(prev.key) && !COMMON_CAPITALISED.has(prev.key) && !MONTHS_AND_DAYS.has(prev.key);
    // A country or capital inside a name is still a place ("SOS Children's Villages Sudan").
    if (partOfName && !prominent(m)) return rememberPerson(m, env, 'place.reject.inside-name');
  }
  const next = tokens[m.tokenEnd];
  if (!caseless && next && next.sentence === m.sentence && isUpper(next.text) && joined(tokens[m.tokenEnd - 1]!, next, env.text)) {
    if (NAMED_INSTITUTIONS.has(next.key)) return 'place.reject.institution-name';
    if (!INSTITUTION_HEADS.has(next.key) && !NAME_CONNECTORS.has(next.key) && !TITLES.has(next.key) && !prominent(m)) return 'place.reject.name-follows';
  }
  const atStart = m.tokenStart === first || (prev !== null && /^["“‘'(]$/.test(prev.text) && prev.i === first);
  if (single && WORDLIKE_NAMES.has(m.key) && (atStart || caseless) && !prominent(m)) return 'place.reject.wordlike';
  if (single && env.lowerCaseWords.has(m.key) && !prominent(m)) return 'place.reject.common-word-in-article';
  if (single && atStart && tokens[m.tokenStart]!.pos !== 'PROPN' && !prominent(m)) return 'place.reject.sentence-initial-word';
  return null;
}

/** "Baker said", "said Baker": a bare name next to a speech verb is a person. */
function isSpeaker(tokens: readonly Token[], m: Toponym): boolean {
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1];
  return (next !== undefined && next.sentence === m.sentence && SPEECH_VERBS.has(next.key)) || (prev !== undefined && prev.sentence === m.sentence && SPEECH_VERBS.has(prev.key));
}

/** The nearest word before a token in its sentence, skipping nothing. */
function previousWord(tokens: readonly Token[], i: number, first: number): Token | null {
  return i > first ? tokens[i - 1]! : null;
}

function rememberPerson(m: Toponym, env: FilterEnv, rule: string): string {
  if (!/\s/.test(m.key) && !prominent(m)) env.personNames.add(m.key);
  return rule;
}

function joined(a: Token, b: Token, text: string): boolean {
  return text.slice(a.end, b.start) === ' ';
}
