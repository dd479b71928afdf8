import { admin1Of } from '../../geo/gazetteer.js';
import type { Place } from '../../model/place.js';
import { type ArticleContext, choose } from './choose.js';
import type { Toponym } from './toponyms.js';

/**
 * A county ("Laurel County", "Rapides Parish"). Cities500 has no counties, so its position is
 * approximate: a place of the same name in the region the article is about (counties are often
 * named after their seat), else the centre of that region, or of the places the article names in
 * it. With no region in view, no place.
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
  if (!region) return null;
  // The region's own entry if the article named it, else the middle of the places it named there.
  const inside = ctx.anchors.filter((a) => admin1Of(a.place.admin) === region);
  const named = inside.find((a) => a.place.feature === 'A.ADM1')?.place;
  if (named) return { ...base, name: base.text, country: named.country, adm1: named.name, lat: named.lat, lon: named.lon, ruleIds: [...m.ruleIds, 'place.county.region-centre'] };
  if (!inside.length) return null;
  const p = inside[0]!.place;
  const lat = inside.reduce((s, a) => s + a.place.lat, 0) / inside.length;
  const lon = inside.reduce((s, a) => s + a.place.lon, 0) / inside.length;
  return { ...base, name: base.text, country: p.country, ...(p.adm1 ? { adm1: p.adm1 } : {}), lat, lon, ruleIds: [...m.ruleIds, 'place.county.near-named-places'] };
}

/** The first-level region the article names most. */
function topRegion(ctx: ArticleContext): string | undefined {
  let best: string | undefined;
  let w = 0;
  for (const [k, v] of ctx.regions) if (v.weight > w) [best, w] = [k, v.weight];
  return best;
}
