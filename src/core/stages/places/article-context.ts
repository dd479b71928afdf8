import { admin1Of, placeKey } from '../../geo/gazetteer.js';
import type { ActorMention } from '../actors/mention.js';
import type { ArticleContext, Choice, Support } from './choose.js';
import type { Toponym } from './toponyms.js';

/** Countries the actors stage found: named countries and capitals count fully, "Russian troops" half. */
export function contextFromMentions(mentions: readonly ActorMention[]): ArticleContext {
  const ctx: ArticleContext = { countries: new Map(), regions: new Map(), anchors: [] };
  for (const m of mentions) {
    if (!m.country || m.type === 'pronoun') continue;
    // Keyed by its words, so the actor "Georgia" is no evidence for the place "Georgia" itself.
    support(ctx.countries, m.country, placeKey(m.text), m.type === 'country' || m.type === 'capital' ? 1 : 0.5);
  }
  return ctx;
}

function support(map: Map<string, Support>, where: string, key: string, weight: number): void {
  const s = map.get(where) ?? { weight: 0, keys: new Set<string>() };
  s.weight += weight;
  s.keys.add(key);
  map.set(where, s);
}

/**
 * A resolution we trust enough to let it steer the others: the only candidate, one a comma
 * region picked, a country or region far ahead of other readings, or a large city far ahead.
 */
export function isConfident(m: Toponym, c: Choice): boolean {
  if (m.candidates.length === 1 || m.kind === 'abbreviation') return true;
  if (c.ruleIds.some((r) => r.startsWith('place.disambig.comma'))) return true;
  if (c.place.feature.startsWith('A.') || c.place.feature.startsWith('L.')) return c.margin >= 2;
  return c.margin >= 3 && c.place.population >= 100_000;
}

/** Adds a resolved toponym to the context: its country, its first-level region, and itself as an anchor. */
export function addToContext(ctx: ArticleContext, m: Toponym, c: Choice, weight: number): void {
  const p = c.place;
  if (p.country) support(ctx.countries, p.country, m.key, weight);
  const region = admin1Of(p.admin);
  if (region && p.feature !== 'A.PCLI') support(ctx.regions, region, m.key, weight);
  ctx.anchors.push({ key: m.key, place: p });
}

export function copyContext(ctx: ArticleContext): ArticleContext {
  return {
    countries: new Map([...ctx.countries].map(([k, v]) => [k, { weight: v.weight, keys: new Set(v.keys) }])),
    regions: new Map([...ctx.regions].map(([k, v]) => [k, { weight: v.weight, keys: new Set(v.keys) }])),
    anchors: [...ctx.anchors],
  };
}
