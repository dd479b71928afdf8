import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder } from '../../core/coder.js';
import { placeKey } from '../../core/geo/gazetteer.js';
import { DEMONYM_KEYS } from '../../core/geo/places.generated.js';
import { actorsStage } from '../../core/stages/actors/index.js';
import { placesStage } from '../../core/stages/places/index.js';
import { tokenizeStage } from '../../core/stages/tokenize/index.js';
import type { Place } from '../../core/model/place.js';
import type { EvalContext, EvalResult, EvalSet } from '../eval-set.js';
import { type GeoDoc, readGeoVirus, readLgl } from './geoparsing-reader.js';
import { scoreGeoparsing } from './geoparsing-score.js';

const DIR = 'geoparsing-gritta';
const DEMONYMS = new Set(DEMONYM_KEYS);
/**
 * LGL also marks adjectives ("Russian", "Palestinians") as toponyms, and we emit them as places
 * (rule `place.demonym`, never an event's location). GeoVirus does not mark them, so there, and in
 * LGL's row without them, our adjectival places are left out on our side too.
 */
const isDemonym = (t: { phrase: string }) => DEMONYMS.has(placeKey(t.phrase)) || DEMONYMS.has(placeKey(t.phrase).replace(/s$/, ''));

const nominal = (places: readonly Place[]) => places.filter((p) => !p.ruleIds.includes('place.demonym'));

/** Codes each document with only the stages places need (tokens, actors for the countries named, places). */
function placesWith(ctx: EvalContext) {
  const coder = createCoder({ stages: [tokenizeStage, actorsStage, placesStage], gazetteer: ctx.coder.resources.gazetteer });
  return (doc: GeoDoc) => coder.code({ id: doc.id, text: doc.text }).places;
}

export const lgl: EvalSet = {
  name: 'lgl',
  requires: [`${DIR}/lgl.xml`],
  run(ctx): EvalResult {
    const docs = readLgl(readFileSync(join(ctx.evalDir, DIR, 'lgl.xml'), 'utf8'));
    const cache = new Map<GeoDoc, ReturnType<ReturnType<typeof placesWith>>>();
    const code = placesWith(ctx);
    const placesOf = (d: GeoDoc) => cache.get(d) ?? (cache.set(d, code(d)), cache.get(d)!);
    const all = scoreGeoparsing(docs, placesOf, { set: 'lgl', wantMisses: ctx.wantMisses });
    const noAdj = scoreGeoparsing(docs, (d) => nominal(placesOf(d)), { set: 'lgl', skipGold: isDemonym, label: '(gold without demonyms)', wantMisses: false });
    return { rows: [...all.rows, ...noAdj.rows], misses: all.misses };
  },
};

export const geoVirus: EvalSet = {
  name: 'geovirus',
  requires: [`${DIR}/GeoVirus.xml`],
  run(ctx): EvalResult {
    const docs = readGeoVirus(readFileSync(join(ctx.evalDir, DIR, 'GeoVirus.xml'), 'utf8'));
    const code = placesWith(ctx);
    return scoreGeoparsing(docs, (d) => nominal(code(d)), { set: 'geovirus', wantMisses: ctx.wantMisses });
  },
};
