/**
 * The seam between the pure core and a place database. The core bundles a small gazetteer
 * (countries, first-level regions, capitals and large cities; `bundled-gazetteer.ts`) so it runs
 * in a browser; the node adapter (`src/node/gazetteer.ts`) adds every GeoNames cities500 place.
 */
export interface PlaceCandidate {
  name: string;
  /** ISO 3166-1 alpha-3; null for continents, oceans and areas shared by several countries. */
  country: string | null;
  /** Name of the first-level region (state, province, oblast) the place lies in, when known. */
  adm1?: string;
  /**
   * GeoNames admin code path, `CC.admin1` or `CC.admin1.admin2` (`US.LA`, `PH.03.14`): a place lies
   * inside a region when the region's path equals or prefixes its own.
   */
  admin?: string;
  lat: number;
  lon: number;
  /** People living there (for a region or country, in its cities500 places); 0 when unknown. */
  population: number;
  /** GeoNames feature class and code joined by a dot: `P.PPLC`, `A.PCLI`, `A.ADM1`, `L.CONT`. */
  feature: string;
  geonameId?: number;
  /** Our entry id for countries, regions and areas (`country.ukr`, `adm1.ukr.kherson`, `area.sahel`). */
  entryId?: string;
}

export interface Gazetteer {
  /** A short label for `coder.dictionaries` ("geonames-cities500", "core-small"). */
  readonly id: string;
  /** Candidates whose name or alternate name has this key (see `placeKey`), most populous first; not acronyms. */
  lookup(key: string): readonly PlaceCandidate[];
  /** The longest name in words, so callers know how far to look ahead. */
  readonly maxWords: number;
  /**
   * Regions known by a news-agency abbreviation with this key ("la" for La., "wva" for W.Va.).
   * Optional: callers trust these only right after a place and a comma ("Alexandria, La.").
   */
  abbreviation?(key: string): readonly PlaceCandidate[];
  /** Places known by a name in capitals ("NSW", "UAE", "US"); callers look here for text in capitals only. */
  acronym?(key: string): readonly PlaceCandidate[];
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Normalises a place name for lookup: lower case, no diacritics, no punctuation, single spaces. */
export function placeKey(name: string): string {
  // Most names are ASCII (or become so without their marks): NFD and Unicode classes are then
  // wasted work, and placeKey runs for every name the gazetteer loads and every name-like run of text.
  const bare = NON_ASCII.test(name) ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : name;
  if (!NON_ASCII.test(bare)) return bare.toLowerCase().replace(/['`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return bare
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when `place` lies inside `region` by their admin code paths. */
export function isInside(place: PlaceCandidate, region: PlaceCandidate): boolean {
  if (!place.admin || !region.admin || place === region) return false;
  return place.admin === region.admin ? place.feature.startsWith('P.') : place.admin.startsWith(region.admin + '.');
}

/** The first-level part of an admin code path: `US.LA` for `US.LA.079`. */
export function admin1Of(admin: string | undefined): string | undefined {
  if (!admin) return undefined;
  const parts = admin.split('.');
  return parts.length >= 2 ? `${parts[0]}.${parts[1]}` : undefined;
}
