import type { ActorRef, CodedEvent, Place } from '../core/index.js';

/**
 * The identity of a distinct event across articles, as GDELT defines it: the same date, source actor
 * code, target actor code, CAMEO code and location. Every coded event with the same key is a mention
 * of one stored event. Missing parts are '' (not null) so a database unique index treats them as equal.
 */
export interface EventKey {
  /** As coded: YYYY-MM-DD, YYYY-MM, YYYY, or '' when unknown. */
  date: string;
  /** First day of `date` (YYYY-MM-DD), for ranges, sorting and series; '' when unknown. */
  day: string;
  sourceCode: string;
  targetCode: string;
  cameo: string;
  locationKey: string;
}

export function eventKey(e: Pick<CodedEvent, 'date' | 'source' | 'target' | 'cameo' | 'location'>): EventKey {
  const date = e.date ?? '';
  return {
    date,
    day: firstDay(date),
    sourceCode: e.source?.code ?? '',
    targetCode: e.target?.code ?? '',
    cameo: e.cameo.code,
    locationKey: locationKey(e.location),
  };
}

/** GeoNames id when the gazetteer gave one; else country and coordinates at ~1 km; '' without a place. */
export function locationKey(place: Pick<Place, 'geonameId' | 'country' | 'lat' | 'lon'> | null | undefined): string {
  if (!place) return '';
  if (place.geonameId !== undefined && place.geonameId !== null) return `g${place.geonameId}`;
  if (Number.isFinite(place.lat) && Number.isFinite(place.lon)) return `${place.country ?? ''}@${place.lat.toFixed(2)},${place.lon.toFixed(2)}`;
  return place.country ? `c${place.country}` : '';
}

/**
 * The side of a dyad an actor stands for: its country (RUSGOV → RUS), or its whole code when it has
 * no country (IGOUNO, NGO...). '' without an actor. Dyad filters, series and network nodes use it.
 */
export function actorParty(actor: Pick<ActorRef, 'code' | 'country'> | null | undefined): string {
  if (!actor) return '';
  return actor.country || actor.code || '';
}

/** YYYY → YYYY-01-01, YYYY-MM → YYYY-MM-01; '' stays ''. */
export function firstDay(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  return '';
}

/**
 * GDELT's IsRootEvent marks events from the lead of an article. Our text starts with the title, so
 * the lead is the first few sentences.
 */
export const LEAD_SENTENCES = 3;

export function inLead(sentenceIndex: number): boolean {
  return sentenceIndex < LEAD_SENTENCES;
}
