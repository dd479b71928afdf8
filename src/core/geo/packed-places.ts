import type { Gazetteer, PlaceCandidate } from './gazetteer.js';

/**
 * A gazetteer as a few typed arrays and strings instead of 200,000 objects and half a million map
 * keys: about a third of the memory, nothing for the garbage collector to trace, and it can be
 * written to a file and read back whole (`src/node/gazetteer-cache.ts`). Places are numbered in the
 * order they were added; GeoNames-shaped places ("rows") live in the columns and become objects
 * only when looked up, every other place (countries, regions, areas) is kept as its object.
 */
export interface PackedPlaces {
  maxWords: number;
  /** Places kept as objects, by number. */
  objects: [number, PlaceCandidate][];
  /** The distinct country, admin path, feature and region-name values the columns point into. */
  strings: string[];
  /** Row columns, indexed by place number (unused for objects); string columns index `strings`, -1 is absent. */
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  geonameId: Float64Array;
  country: Int32Array;
  admin: Int32Array;
  feature: Int32Array;
  adm1: Int32Array;
  /** Row names end to end; place i's name ends at `nameEnd[i]` and starts where i-1's ends. */
  names: string;
  nameEnd: Uint32Array;
  /** Lookup keys end to end, the same way, and an open-addressing table of key number + 1 by `hashKey`. */
  keys: string;
  keyEnd: Uint32Array;
  slots: Int32Array;
  /** Each key's place numbers, most populous first: key k's run ends at `postEnd[k]`. */
  postings: Int32Array;
  postEnd: Uint32Array;
  abbreviations: [string, number[]][];
  acronyms: [string, number[]][];
}

/** FNV-1a over UTF-16 code units. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function packedGazetteer(id: string, data: PackedPlaces): Gazetteer {
  const { keys, keyEnd, slots, postings, postEnd } = data;
  const mask = slots.length - 1;
  const objects = new Map(data.objects);
  // A place is one object for the life of the gazetteer, so callers may compare places with ===.
  const made = new Map<number, PlaceCandidate>();
  const place = (i: number): PlaceCandidate => objects.get(i) ?? made.get(i) ?? makeRow(i);
  const makeRow = (i: number): PlaceCandidate => {
    const p = rowPlace(data, i);
    made.set(i, p);
    return p;
  };
  const keyNumber = (key: string): number => {
    for (let h = hashKey(key) & mask; ; h = (h + 1) & mask) {
      const k = slots[h]! - 1;
      if (k < 0) return -1;
      const start = k === 0 ? 0 : keyEnd[k - 1]!;
      if (keyEnd[k]! - start === key.length && keys.startsWith(key, start)) return k;
    }
  };
  const abbreviations = new Map(data.abbreviations);
  const acronyms = new Map(data.acronyms);
  return {
    id,
    maxWords: data.maxWords,
    lookup(key) {
      const k = keyNumber(key);
      if (k < 0) return [];
      const out: PlaceCandidate[] = [];
      for (let j = k === 0 ? 0 : postEnd[k - 1]!; j < postEnd[k]!; j++) out.push(place(postings[j]!));
      return out;
    },
    abbreviation: (key) => (abbreviations.get(key.replace(/ /g, '')) ?? []).map(place),
    acronym: (key) => (acronyms.get(key) ?? []).map(place),
  };
}

/** The object for row i, with its properties in the order the GeoNames reader writes them. */
function rowPlace(d: PackedPlaces, i: number): PlaceCandidate {
  const p: PlaceCandidate = {
    name: d.names.slice(i === 0 ? 0 : d.nameEnd[i - 1]!, d.nameEnd[i]!),
    country: d.strings[d.country[i]!]!,
    admin: d.strings[d.admin[i]!]!,
    lat: d.lat[i]!,
    lon: d.lon[i]!,
    population: d.population[i]!,
    feature: d.strings[d.feature[i]!]!,
    geonameId: d.geonameId[i]!,
  };
  if (d.adm1[i]! >= 0) p.adm1 = d.strings[d.adm1[i]!]!;
  return p;
}
