import type { Gazetteer } from '../../geo/gazetteer.js';
import type { Place } from '../../model/place.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { isShouting } from '../actors/name-matches.js';
import { addToContext, contextFromMentions, copyContext, isConfident } from './article-context.js';
import { choose } from './choose.js';
import { countyPlace } from './county.js';
import { demonymPlaces } from './demonym-places.js';
import { attachQualifiers } from './qualifiers.js';
import { selectToponyms } from './select-toponyms.js';
import { toPlace, weakness } from './to-place.js';
import { findToponyms, type Toponym } from './toponyms.js';

/**
 * Places named in the text. Toponyms are found by gazetteer lookup of capitalised names and
 * cleared of person names and common words. Then they are resolved in passes: first with the
 * countries the actors stage found and the regions after commas; then also with the places the
 * first pass resolved confidently (their countries, first-level regions and positions); counties,
 * which the gazetteer lacks, last, with everything the second pass placed.
 */
export const placesStage: Stage = {
  name: 'places',
  run(ctx: CoderContext) {
    const gazetteer = ctx.resources.gazetteer;
    const found = findAll(ctx, gazetteer);
    const kept = selectToponyms(ctx, found);
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
    ctx.adjectivalPlaces = demonymPlaces(ctx, places);
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
