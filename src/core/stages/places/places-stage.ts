import { type Gazetteer, type PlaceCandidate, placeKey } from '../../geo/gazetteer.js';
import { DEMONYM_KEYS } from '../../geo/places.generated.js';
import type { Place } from '../../model/place.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { isShouting } from '../actors/name-matches.js';
import { isTitleCase } from '../tokenize/tokenize-stage.js';
import { addToContext, contextFromMentions, copyContext, isConfident } from './article-context.js';
import { type ArticleContext, type Choice, choose } from './choose.js';
import { countyPlace } from './county.js';
import { type FilterEnv, rejectReason } from './filters.js';
import { attachQualifiers } from './qualifiers.js';
import { findToponyms, type Toponym } from './toponyms.js';
import { LOCATIVE, PLACE_MODIFIERS, TITLES } from './words.js';

const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_KEYS);
/** Below this population a town needs support: a comma region, the article's region, a nearby place, or a preposition. */
const SMALL_TOWN = 10_000;
const ALTERNATE_MIN_POPULATION = 100_000;

/**
 * Places named in the text. Toponyms are found by gazetteer lookup of capitalised names, cleared
 * of person names and common words, then resolved twice: first with the countries the actors
 * stage found and the regions after commas, then also with the places resolved confidently in
 * the first pass (their countries, first-level regions and positions).
 */
export const placesStage: Stage = {
  name: 'places',
  run(ctx: CoderContext) {
    const gazetteer = ctx.resources.gazetteer;
    const found = findAll(ctx, gazetteer);
    const kept = filter(ctx, found);
    shareQualifiers(kept);
    const first = contextFromMentions(ctx.mentions);
    const context = copyContext(first);
    for (const m of kept) {
      const c = choose(m, first);
      if (c && isConfident(m, c)) addToContext(context, m, c, 1);
    }
    // Second pass: every name with the confident ones as context. Counties wait for a third
    // context that also holds the second pass's places, since they have nothing else to go on.
    const places: Place[] = [];
    const final = copyContext(context);
    const counties: Toponym[] = [];
    for (const m of kept) {
      if (m.kind === 'county') {
        counties.push(m);
        continue;
      }
      const c = choose(m, context);
      if (!c) continue;
      const weak = weakness(ctx, m, c);
      if (weak) {
        ctx.debug('places', () => `${ctx.text.slice(m.start, m.end)}: ${weak} (${c.place.name}, ${c.place.country}, pop ${c.place.population})`);
        continue;
      }
      places.push(toPlace(m, c, ctx.text));
      addToContext(final, m, c, 0.5);
      ctx.debug('places', () => `${ctx.text.slice(m.start, m.end)} → ${c.place.name} (${c.place.country}, ${c.place.feature}) ${c.ruleIds.join(' ')}`);
    }
    for (const m of counties) {
      const p = countyPlace(m, final, ctx.text);
      if (p) places.push(p);
      else ctx.debug('places', () => `${ctx.text.slice(m.start, m.end)}: a county we cannot place`);
    }
    ctx.places = places.sort((a, b) => a.start - b.start);
  },
};

function findAll(ctx: CoderContext, gazetteer: Gazetteer): Toponym[] {
  const out: Toponym[] = [];
  for (const s of ctx.sentences) {
    const shouting = isShouting(ctx.tokens, s.tokenStart, s.tokenEnd);
    const found = findToponyms(ctx.tokens, s.tokenStart, s.tokenEnd, ctx.text, gazetteer, shouting);
    out.push(...attachQualifiers(found, ctx.tokens, s.tokenStart, s.tokenEnd, ctx.text, gazetteer));
  }
  return out;
}

function filter(ctx: CoderContext, found: readonly Toponym[]): Toponym[] {
  // Named actors only: a mention built on an agent noun ("Egypt's Minister of Health", "Prince
  // Edward Island" read as a prince) says nothing against the place inside it.
  const named = ctx.mentions.filter((m) => m.agentId === undefined);
  const persons = named.filter((m) => m.type === 'person');
  const personNames = namesAfterTitles(ctx);
  const organisations = named.filter((m) => m.type === 'organization' || m.type === 'igo' || m.type === 'group' || m.type === 'media');
  const covered = new Set<number>();
  for (const m of found) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered.add(i);
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
    isToponymAt: (i) => covered.has(i),
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

/** One sense per article: "Alexandria, La." early on says which Alexandria a later "Alexandria" is. */
function shareQualifiers(list: readonly Toponym[]): void {
  const byKey = new Map<string, Toponym>();
  for (const m of list) if (m.qualifier && !byKey.has(m.key)) byKey.set(m.key, m.qualifier);
  for (const m of list) {
    const q = byKey.get(m.key);
    if (!m.qualifier && q) {
      m.qualifier = q;
      m.ruleIds.push('place.disambig.same-name-earlier');
    }
  }
}

/** Why a small town is not believed, or null: small towns need some support in the article. */
function weakness(ctx: CoderContext, m: Toponym, c: Choice): string | null {
  if (c.place.population >= SMALL_TOWN || !c.place.feature.startsWith('P.')) return null;
  if (c.ruleIds.some((r) => r !== 'place.disambig.article-country')) return null;
  if (afterLocative(ctx, m)) return null;
  return 'place.reject.unsupported-small-town';
}

/** "in Pandi", "near the town of X", "in northern Kelleyland". */
function afterLocative(ctx: CoderContext, m: Toponym): boolean {
  const first = ctx.sentences[m.sentence]?.tokenStart ?? 0;
  for (let i = m.tokenStart - 1, k = 0; i >= first && k < 4; i--, k++) {
    const key = ctx.tokens[i]!.key;
    if (LOCATIVE.has(key)) return true;
    if (key !== 'the' && key !== 'town' && key !== 'city' && key !== 'village' && key !== 'of' && !PLACE_MODIFIERS.has(key)) return false;
  }
  return false;
}

export function toPlace(m: Toponym, c: Choice, text: string): Place {
  const p: PlaceCandidate = c.place;
  const place: Place = {
    name: p.name,
    text: text.slice(m.start, m.end),
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    featureCode: p.feature,
    start: m.start,
    end: m.end,
    basis: 'stated',
    ruleIds: [...new Set([...m.ruleIds, ...c.ruleIds, p.entryId ?? (p.geonameId ? `geonames.${p.geonameId}` : 'place.gazetteer.match')])],
  };
  if (p.adm1) place.adm1 = p.adm1;
  if (p.geonameId) place.geonameId = p.geonameId;
  return place;
}

export type { ArticleContext };
