import type { PlaceCandidate } from '../../geo/gazetteer.js';
import type { Place } from '../../model/place.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Choice } from './choose.js';
import type { Toponym } from './toponyms.js';
import { LOCATIVE, PLACE_MODIFIERS } from './words.js';

/** Below this population a town needs support: a comma region, the article's region, a nearby place, or a preposition. */
const SMALL_TOWN = 10_000;

/** Why a small town is not believed, or null: small towns need some support in the article. */
export function weakness(ctx: CoderContext, m: Toponym, c: Choice): string | null {
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
