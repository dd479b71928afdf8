import { type Gazetteer, type PlaceCandidate, placeKey } from '../../geo/gazetteer.js';
import type { Token } from '../../model/sentence.js';
import { COUNTY_WORDS, NAME_ABBREVIATIONS, NAME_CONNECTORS, REGION_WORDS } from './words.js';

/** A name in the text that the gazetteer knows, before we choose which place it means. */
export interface Toponym {
  /** Token range, half-open. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  sentence: number;
  key: string;
  candidates: readonly PlaceCandidate[];
  /** `region`: a region word follows ("Kherson region"); `county`: "Laurel County"; `abbreviation`: "La." after a comma. */
  kind: 'name' | 'region' | 'county' | 'abbreviation';
  /** The region or country named right after it, after a comma ("Alexandria, Louisiana"). */
  qualifier?: Toponym;
  ruleIds: string[];
}

const MAX_TOKENS_PER_WORD = 2;
const isUpper = (s: string) => /^\p{Lu}/u.test(s);

/**
 * Names in one sentence that the gazetteer knows: the longest run of capitalised words (with the
 * connectors place names contain, "Rio de Janeiro", "Ivano-Frankivsk") whose key it has. Then
 * what follows a name: a region word ("Kherson Oblast", "the Zaporizhzhia and Kherson regions"),
 * a county word ("Laurel County") or a comma and a region ("Alexandria, La.").
 */
export function findToponyms(tokens: readonly Token[], from: number, to: number, text: string, gazetteer: Gazetteer, anyCase: boolean): Toponym[] {
  const found: Toponym[] = [];
  const nameLike = (t: Token) => anyCase ? /\p{L}/u.test(t.text) : isUpper(t.text);
  const maxTokens = gazetteer.maxWords * MAX_TOKENS_PER_WORD;
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (!nameLike(t)) {
      i++;
      continue;
    }
    // The run of tokens a name could span: name words, connectors, no line breaks between them.
    let runEnd = i + 1;
    while (runEnd < to && runEnd - i < maxTokens && joined(tokens[runEnd - 1]!, tokens[runEnd]!, text) && (nameLike(tokens[runEnd]!) || connects(tokens, runEnd))) runEnd++;
    const match = longestMatch(tokens, i, runEnd, text, gazetteer, nameLike);
    const county = countyAfter(tokens, i, runEnd, to, nameLike, text, gazetteer);
    if (county && (!match || county.tokenEnd > match.tokenEnd)) {
      found.push({ ...county, sentence: t.sentence });
      i = county.tokenEnd;
      continue;
    }
    if (!match) {
      i++;
      continue;
    }
    found.push({ ...match, sentence: t.sentence });
    i = match.tokenEnd;
  }
  markRegionWords(found, tokens, to, nameLike);
  return found;
}

type Match = Omit<Toponym, 'sentence'>;

function longestMatch(tokens: readonly Token[], i: number, runEnd: number, text: string, gazetteer: Gazetteer, nameLike: (t: Token) => boolean): Match | null {
  for (let j = runEnd; j > i; j--) {
    const last = tokens[j - 1]!;
    if (!nameLike(last)) continue;
    const start = tokens[i]!.start;
    const end = last.end;
    const key = placeKey(text.slice(start, end));
    if (!key) continue;
    let candidates = gazetteer.lookup(key);
    if (gazetteer.acronym && !/\p{Ll}/u.test(text.slice(start, end))) candidates = [...candidates, ...gazetteer.acronym(key)];
    // "St. Petersburg" is filed under both spellings, or only under "Saint Petersburg".
    const first = key.split(' ')[0]!;
    if (NAME_ABBREVIATIONS[first]) candidates = [...new Set([...candidates, ...gazetteer.lookup(NAME_ABBREVIATIONS[first] + key.slice(first.length))])];
    if (!candidates.length) continue;
    // A capitalised region word right after the name belongs to it: "Kherson Oblast".
    const next = tokens[j];
    const after = tokens[j + 1];
    const regionLike = candidates.some((c) => /^A\.ADM/.test(c.feature));
    if (next && j < runEnd && nameLike(next) && REGION_WORDS.has(next.key) && joined(last, next, text) && regionLike && !(after && joined(next, after, text) && nameLike(after))) {
      return { tokenStart: i, tokenEnd: j + 1, start, end: next.end, key, candidates, kind: 'region', ruleIds: ['place.name.region-word'] };
    }
    return { tokenStart: i, tokenEnd: j, start, end, key, candidates, kind: 'name', ruleIds: ['place.gazetteer.match'] };
  }
  return null;
}

/**
 * "Laurel County", "Rapides Parish": capitalised words before a capitalised county word. Cities500
 * has no counties; the candidates are places of the same name (often the county seat or a town
 * inside it), and the chooser falls back on the region the article is about.
 */
function countyAfter(tokens: readonly Token[], i: number, runEnd: number, to: number, nameLike: (t: Token) => boolean, text: string, gazetteer: Gazetteer): Match | null {
  for (let j = i + 1; j <= Math.min(runEnd, i + 3); j++) {
    const w = tokens[j];
    if (!w || j >= to || !COUNTY_WORDS.has(w.key) || !nameLike(w)) continue;
    if (!tokens.slice(i, j).every((x) => nameLike(x) || x.key === '-' || x.key === "'s")) return null;
    const start = tokens[i]!.start;
    const key = placeKey(text.slice(start, tokens[j - 1]!.end));
    return { tokenStart: i, tokenEnd: j + 1, start, end: w.end, key, candidates: gazetteer.lookup(key), kind: 'county', ruleIds: ['place.name.county'] };
  }
  return null;
}

/** "the Zaporizhzhia and Kherson regions", "Kherson region": the names are regions, not cities. */
function markRegionWords(found: Toponym[], tokens: readonly Token[], to: number, nameLike: (t: Token) => boolean): void {
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!;
    if (m.kind !== 'name') continue;
    const next = tokens[m.tokenEnd];
    if (!next || m.tokenEnd >= to || nameLike(next) || !REGION_WORDS.has(next.key)) continue;
    m.kind = 'region';
    m.ruleIds.push('place.name.region-word');
    if (!next.key.endsWith('s')) continue;
    // A plural region word covers the names coordinated before it.
    for (let p = k - 1; p >= 0; p--) {
      const prev = found[p]!;
      const between = tokens.slice(prev.tokenEnd, found[p + 1]!.tokenStart).map((x) => x.key);
      if (!between.length || !between.every((w) => w === ',' || w === 'and' || w === 'or')) break;
      prev.kind = 'region';
      prev.ruleIds.push('place.name.region-word');
    }
  }
}

/** A lower-case word inside a name: "Rio de Janeiro", or any word between hyphens ("Port-au-Prince"). */
function connects(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (NAME_CONNECTORS.has(t.key)) return true;
  return tokens[k - 1]?.key === '-' && tokens[k + 1]?.key === '-' && /^\p{L}+$/u.test(t.text);
}

/** Two tokens belong to one name only if nothing but a single space (or nothing) separates them. */
function joined(a: Token, b: Token, text: string): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === '' || gap === ' ';
}
