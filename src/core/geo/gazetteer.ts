/**
 * The seam between the pure core and a place database. The core ships a small gazetteer
 * (countries, capitals, large cities) so it runs in a browser; the node adapter
 * (`src/gazetteer/geonames.ts`) supplies the full GeoNames cities500 set.
 */
export interface PlaceCandidate {
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string | null;
  adm1?: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature class and code joined by a dot: `P.PPLC`, `A.PCLI`, `A.ADM1`. */
  feature: string;
  geonameId?: number;
}

export interface Gazetteer {
  /** A short label for `coder.dictionaries` ("geonames-cities500", "core-small"). */
  readonly id: string;
  /** Candidates whose name or alternate name has this key (see `placeKey`), most populous first. */
  lookup(key: string): readonly PlaceCandidate[];
  /** The longest name in words, so callers know how far to look ahead. */
  readonly maxWords: number;
}

/** Normalises a place name for lookup: lower case, no diacritics, no punctuation, single spaces. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
