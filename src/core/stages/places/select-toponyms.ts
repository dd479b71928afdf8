import { placeKey } from '../../geo/gazetteer.js';
import { DEMONYM_KEYS } from '../../geo/places.generated.js';
import type { CoderContext } from '../../pipeline/context.js';
import { isShouting } from '../actors/name-matches.js';
import { isTitleCase } from '../tokenize/tokenize-stage.js';
import { type FilterEnv, rejectReason } from './filters.js';
import type { Toponym } from './toponyms.js';
import { TITLES } from './words.js';

const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_KEYS);
/** Alternate names of places smaller than this are not trusted (see `prune`). */
const ALTERNATE_MIN_POPULATION = 100_000;

/** The toponyms that survive pruning of their candidates and the filters, in text order. */
export function selectToponyms(ctx: CoderContext, found: readonly Toponym[]): Toponym[] {
  // Named actors only: a mention built on an agent noun ("Egypt's Minister of Health", "Prince
  // Edward Island" read as a prince) says nothing against the place inside it.
  const named = ctx.mentions.filter((m) => m.agentId === undefined);
  const persons = named.filter((m) => m.type === 'person');
  const personNames = namesAfterTitles(ctx);
  const organisations = named.filter((m) => m.type === 'organization' || m.type === 'igo' || m.type === 'group' || m.type === 'media');
  const caseless = new Map<number, boolean>();
  for (const s of ctx.sentences) caseless.set(s.index, isShouting(ctx.tokens, s.tokenStart, s.tokenEnd) || isTitleCase(ctx.text.slice(s.start, s.end)));
  const env: FilterEnv = {
    tokens: ctx.tokens,
    text: ctx.text,
    sentenceStart: (i) => ctx.sentences[i]?.tokenStart ?? 0,
    caseless: (i) => caseless.get(i) ?? false,
    inPerson: (start, end) => persons.some((p) => p.start < end && start < p.end),
    inOrganisation: (start, end) => organisations.some((p) => p.start < end && start < p.end),
    personNames,
    lowerCaseWords: new Set(ctx.tokens.filter((t) => /^\p{Ll}+$/u.test(t.text)).map((t) => t.key)),
    demonyms: DEMONYMS,
  };
  const kept: Toponym[] = [];
  const candidates = found.map((t) => prune(t, ctx.text)).filter((t) => t.candidates.length || t.kind === 'county');
  for (const m of candidates) {
    const reason = rejectReason(m, env);
    if (reason) ctx.debug('places', () => `${ctx.text.slice(m.start, m.end)}: ${reason}`);
    else kept.push(m);
  }
  // A qualifier whose place was rejected qualifies nothing; an abbreviation alone is no place.
  return kept.filter((m) => m.kind !== 'abbreviation' || m.ruleIds.length > 1 || kept.some((o) => o.qualifier === m));
}

/** "Sheriff Tom Baker", "Mr. Henry": the capitalised words after a title are a person's names. */
function namesAfterTitles(ctx: CoderContext): Set<string> {
  const names = new Set<string>();
  const t = ctx.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (!TITLES.has(t[i]!.key) || !/^\p{Lu}/u.test(t[i]!.text)) continue;
    for (let k = i + 1; k < Math.min(t.length, i + 4) && t[k]!.sentence === t[i]!.sentence && /^\p{Lu}\p{Ll}/u.test(t[k]!.text) && !TITLES.has(t[k]!.key); k++) names.add(t[k]!.key);
  }
  return names;
}

/**
 * Candidates not worth considering: a small town known by this name only as an alternate (GeoNames
 * lists many odd ones), and any town for a short all-capital name ("US", "NSW", "EU": countries and
 * regions are abbreviated so, towns are not).
 */
function prune(m: Toponym, text: string): Toponym {
  const raw = text.slice(m.start, m.end);
  const acronym = raw.replace(/[.\s]/g, '').length <= 4 && !/\p{Ll}/u.test(raw);
  const candidates = m.candidates.filter((c) => {
    if (!c.feature.startsWith('P.')) return true;
    if (acronym) return false;
    // GeoNames' alternate names of small towns are noisy ("Care", "Robert", "Jin"); exonyms of
    // cities ("Kiev", "Cologne") are what alternates are for.
    return placeKey(c.name) === m.key || (c.population >= ALTERNATE_MIN_POPULATION && m.key.length >= 4);
  });
  return candidates.length === m.candidates.length ? m : { ...m, candidates };
}
