import { admin1Of } from '../../geo/gazetteer.js';
import type { Place } from '../../model/place.js';
import { type ArticleContext, choose } from './choose.js';
import type { Toponym } from './toponyms.js';

/**
 * A county ("Laurel County", "Rapides Parish"). Cities500 has no counties, so its position is
 * approximate: a place of the same name in the region the article is about (counties are often
 * named after their seat), else the centre of that region. With no region in view, no place.
 */
export function countyPlace(m: Toponym, ctx: ArticleContext, text: string): Place | null {
  const region = topRegion(ctx);
  const base = { text: text.slice(m.start, m.end), start: m.start, end: m.end, featureCode: 'A.ADM2', basis: 'stated' as const };
  const inRegion = m.candidates.filter((c) => c.feature.startsWith('P.') && (m.qualifier ? m.qualifier.candidates.some((q) => q.admin && c.admin?.startsWith(q.admin)) : region && admin1Of(c.admin) === region));
  if (inRegion.length) {
    const c = choose({ ...m, candidates: inRegion }, ctx)!;
    const p = c.place;
    return { ...base, name: base.text, country: p.country, ...(p.adm1 ? { adm1: p.adm1 } : {}), lat: p.lat, lon: p.lon, ruleIds: [...m.ruleIds, 'place.county.namesake'] };
  }
  const centre = region ? ctx.anchors.find((a) => a.place.feature === 'A.ADM1' && a.place.admin === region)?.place : undefined;
  if (!centre) return null;
  return { ...base, name: base.text, country: centre.country, adm1: centre.name, lat: centre.lat, lon: centre.lon, ruleIds: [...m.ruleIds, 'place.county.region-centre'] };
}

/** The first-level region the article names most. */
function topRegion(ctx: ArticleContext): string | undefined {
  let best: string | undefined;
  let w = 0;
  for (const [k, v] of ctx.regions) if (v.weight > w) [best, w] = [k, v.weight];
  return best;
}
