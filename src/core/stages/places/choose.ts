import { admin1Of, type PlaceCandidate, placeKey } from '../../geo/gazetteer.js';
import { within } from './qualifiers.js';
import type { Toponym } from './toponyms.js';

/** What the rest of the article says about where it is. */
export interface ArticleContext {
  /** Countries the article names (actors stage) or places it names confidently lie in: ISO3 → support. */
  countries: Map<string, Support>;
  /** First-level regions (admin paths `US.LA`) of places named confidently → support. */
  regions: Map<string, Support>;
  /** Places resolved confidently, to prefer candidates near them. */
  anchors: { key: string; place: PlaceCandidate }[];
}

/** How much the article points somewhere, and which names (toponym and actor keys) point there. */
export interface Support {
  weight: number;
  keys: Set<string>;
}

/** Support from names other than this one: "Paris" alone does not make an article French. */
export function supportedByOthers(s: Support | undefined, key: string): boolean {
  return !!s && s.weight > 0 && !(s.keys.size === 1 && s.keys.has(key));
}

export interface Choice {
  place: PlaceCandidate;
  score: number;
  /** How far ahead of the runner-up (Infinity when there was none). */
  margin: number;
  ruleIds: string[];
}

// A name that is a country's or a state's is nearly always meant as one; context has to weigh
// heavily to make "Georgia" the US state, and cannot make "China" a Japanese village.
const FEATURE_BONUS: Readonly<Record<string, number>> = {
  'A.PCLI': 5, 'A.ADM1': 3.5, 'A.ADM2': 1, 'P.PPLC': 2, 'P.PPLA': 1, 'P.PPLA2': 0.5, 'L.CONT': 3, 'L.RGN': 2, 'L.PEN': 1, 'H.OCN': 3, 'H.SEA': 2, 'H.GULF': 2,
};
/** Bonuses for what the rest of the article says. */
const ARTICLE_COUNTRY = 3;
// A region other names point to is specific evidence: a town named Palestine in an article about
// Texas is the one in Texas, even though Palestine is also a country.
const ARTICLE_REGION = 4.5;
const NEAR_OTHER_PLACES = 1;
const COMMA_REGION = 10;
const REGION_WORD = 3;
/** "New York", "Kherson", "Mexico City": without a region word, the city rather than its region. */
const SAME_NAMED_SEAT = 5;
// Areas, seas and rivers have no population; count them as a large city so they stay in reach.
const AREA_POPULATION = 1_000_000;
const NEAR_KM = 150;

/**
 * Scores each candidate of a toponym: how important the place is (population, capital, region),
 * whether a region after a comma contains it, whether it lies in a country or region the article
 * names, and whether it is near places already resolved. The best one wins.
 */
export function choose(m: Toponym, ctx: ArticleContext): Choice | null {
  let best: Choice | null = null;
  let second = -Infinity;
  for (const c of m.candidates) {
    const rules: string[] = [];
    let s = importance(c, m);
    if (m.kind === 'region' && c.feature.startsWith('A.')) {
      s += REGION_WORD;
      rules.push('place.disambig.region-word');
    }
    if (m.kind !== 'region' && isRegionOfSameNamedSeat(c, m)) s -= SAME_NAMED_SEAT;
    if (m.qualifier && m.qualifier.candidates.some((r) => within(c, r))) {
      s += COMMA_REGION;
      rules.push(m.qualifier.kind === 'abbreviation' ? 'place.disambig.comma-abbreviation' : 'place.disambig.comma-region');
    }
    if (c.country && supportedByOthers(ctx.countries.get(c.country), m.key)) {
      s += ARTICLE_COUNTRY;
      rules.push('place.disambig.article-country');
    }
    const regionSupport = c.feature === 'A.PCLI' ? ctx.anchors.some((a) => a.key !== m.key && a.place.country === c.country && a.place.feature !== 'A.PCLI') : supportedByOthers(ctx.regions.get(admin1Of(c.admin) ?? ''), m.key);
    if (regionSupport) {
      s += ARTICLE_REGION;
      rules.push('place.disambig.article-region');
    }
    if (ctx.anchors.some((a) => a.key !== m.key && a.place !== c && km(a.place, c) < NEAR_KM)) {
      s += NEAR_OTHER_PLACES;
      rules.push('place.disambig.near-other-places');
    }
    if (!best || s > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { place: c, score: s, margin: 0, ruleIds: rules };
    } else second = Math.max(second, s);
  }
  if (best) best.margin = best.score - second;
  return best;
}

/** Population (log scale) and administrative rank; the canonical name counts a little more than an alternate. */
export function importance(c: PlaceCandidate, m: Toponym): number {
  const pop = c.population || (c.feature.startsWith('P.') ? 0 : AREA_POPULATION);
  let s = Math.log10(pop + 1) + (FEATURE_BONUS[c.feature] ?? 0);
  if (placeKey(c.name) === m.key) s += 0.5;
  else if (c.feature.startsWith('P.') && c.population < 1_000_000 && c.feature !== 'P.PPLC') s -= 1;
  return s;
}

/**
 * "Kherson": the oblast and its seat share the name; without a region word the city is meant. So
 * too for a capital that shares its name with a region elsewhere in the country ("Washington").
 */
function isRegionOfSameNamedSeat(c: PlaceCandidate, m: Toponym): boolean {
  if (!/^A\.ADM[12]$/.test(c.feature)) return false;
  return m.candidates.some((o) => o !== c && o.feature.startsWith('P.') && ((o.admin !== undefined && c.admin !== undefined && o.admin.startsWith(c.admin)) || (o.feature === 'P.PPLC' && o.country === c.country)));
}

/** Great-circle distance in kilometres. */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
