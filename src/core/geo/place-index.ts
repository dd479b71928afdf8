import { type Gazetteer, type PlaceCandidate, placeKey } from './gazetteer.js';
import { hashKey, packedGazetteer, type PackedPlaces } from './packed-places.js';

/** What fills a gazetteer: places with the names they are known by, and region abbreviations. */
export interface PlaceSink {
  add(place: PlaceCandidate, names: Iterable<string>): void;
  addAbbreviation(place: PlaceCandidate, abbreviation: string): void;
}

/**
 * Builds a gazetteer from places and their names, packed into columns (`packed-places.ts`). While
 * building, keys map to one place number or an array of them: most of cities500's half million
 * keys name a single place.
 */
export class PlaceIndex implements PlaceSink {
  private readonly numbers = new WeakMap<PlaceCandidate, number>();
  private readonly objects: [number, PlaceCandidate][] = [];
  private readonly cols = { lat: [] as number[], lon: [] as number[], population: [] as number[], geonameId: [] as number[], country: [] as number[], admin: [] as number[], feature: [] as number[], adm1: [] as number[], names: [] as string[], nameEnd: [] as number[] };
  private nameLength = 0;
  private readonly strings: string[] = [];
  private readonly stringNumbers = new Map<string, number>();
  private readonly index = new Map<string, number | number[]>();
  private readonly abbreviations = new Map<string, number[]>();
  private readonly acronyms = new Map<string, number[]>();
  private maxWords = 1;

  add(place: PlaceCandidate, names: Iterable<string>): void {
    const n = this.number(place);
    const seen = new Set<string>();
    for (const name of names) {
      const key = placeKey(name);
      if (!key || seen.has(key)) continue;
      // "ACT", "NSW", "UAE" name places only when written in capitals: "Act" is a law.
      if (ACRONYM.test(name)) {
        addTo(this.acronyms, key, n);
        continue;
      }
      seen.add(key);
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      const old = this.index.get(key);
      if (old === undefined) this.index.set(key, n);
      else if (typeof old === 'number') this.index.set(key, [old, n]);
      else old.push(n);
    }
  }

  addAbbreviation(place: PlaceCandidate, abbreviation: string): void {
    const key = placeKey(abbreviation).replace(/ /g, '');
    if (!key) return;
    addTo(this.abbreviations, key, this.number(place));
  }

  build(id: string): Gazetteer {
    return packedGazetteer(id, this.pack());
  }

  /** The packed form, most populous place first under each key. */
  pack(): PackedPlaces {
    const c = this.cols;
    const population = Float64Array.from(c.population);
    const byPopulation = (a: number, b: number) => population[b]! - population[a]!;
    const keyCount = this.index.size;
    const keyEnd = new Uint32Array(keyCount);
    const postEnd = new Uint32Array(keyCount);
    const postings: number[] = [];
    const slots = new Int32Array(tableSize(keyCount));
    const mask = slots.length - 1;
    const keyParts: string[] = [];
    let keyLength = 0;
    let k = 0;
    for (const [key, v] of this.index) {
      keyParts.push(key);
      keyEnd[k] = keyLength += key.length;
      if (typeof v === 'number') postings.push(v);
      else for (const n of v.sort(byPopulation)) postings.push(n);
      postEnd[k] = postings.length;
      let h = hashKey(key) & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = ++k;
    }
    return {
      maxWords: this.maxWords,
      objects: this.objects,
      strings: this.strings,
      lat: Float64Array.from(c.lat),
      lon: Float64Array.from(c.lon),
      population,
      geonameId: Float64Array.from(c.geonameId),
      country: Int32Array.from(c.country),
      admin: Int32Array.from(c.admin),
      feature: Int32Array.from(c.feature),
      adm1: Int32Array.from(c.adm1),
      names: c.names.join(''),
      nameEnd: Uint32Array.from(c.nameEnd),
      keys: keyParts.join(''),
      keyEnd,
      slots,
      postings: Int32Array.from(postings),
      postEnd,
      abbreviations: [...this.abbreviations],
      acronyms: [...this.acronyms],
    };
  }

  /** A place's number; a new place goes into the columns when it has GeoNames' shape, else stays an object. */
  private number(place: PlaceCandidate): number {
    const known = this.numbers.get(place);
    if (known !== undefined) return known;
    const c = this.cols;
    const n = c.lat.length;
    this.numbers.set(place, n);
    c.population.push(place.population);
    if (isRow(place)) {
      c.lat.push(place.lat);
      c.lon.push(place.lon);
      c.geonameId.push(place.geonameId);
      c.country.push(this.string(place.country));
      c.admin.push(this.string(place.admin));
      c.feature.push(this.string(place.feature));
      c.adm1.push(place.adm1 === undefined ? -1 : this.string(place.adm1));
      c.names.push(place.name);
      this.nameLength += place.name.length;
    } else {
      for (const col of [c.lat, c.lon, c.geonameId]) col.push(0);
      for (const col of [c.country, c.admin, c.feature, c.adm1]) col.push(-1);
      this.objects.push([n, place]);
    }
    c.nameEnd.push(this.nameLength);
    return n;
  }

  private string(s: string): number {
    let n = this.stringNumbers.get(s);
    if (n === undefined) {
      n = this.strings.push(s) - 1;
      this.stringNumbers.set(s, n);
    }
    return n;
  }
}

type Row = PlaceCandidate & { country: string; admin: string; geonameId: number };

const ROW_KEYS = ['name', 'country', 'admin', 'lat', 'lon', 'population', 'feature', 'geonameId'];
const ROW_TYPES = ['string', 'string', 'string', 'number', 'number', 'number', 'string', 'number'];

/** A place the columns can hold and `rowPlace` recreates exactly: GeoNames' shape, same property order. */
function isRow(p: PlaceCandidate): p is Row {
  const keys = Object.keys(p);
  if (keys.length === 9 ? keys[8] !== 'adm1' || typeof p.adm1 !== 'string' : keys.length !== 8) return false;
  for (let i = 0; i < 8; i++) if (keys[i] !== ROW_KEYS[i] || typeof (p as unknown as Record<string, unknown>)[keys[i]!] !== ROW_TYPES[i]) return false;
  return true;
}

const ACRONYM = /^\p{Lu}{2,5}$/u;

/** A power of two at least twice the number of keys, so probes stay short. */
function tableSize(keys: number): number {
  let size = 16;
  while (size < keys * 2) size *= 2;
  return size;
}

function addTo(map: Map<string, number[]>, key: string, n: number): void {
  const list = map.get(key) ?? [];
  if (list.includes(n)) return;
  list.push(n);
  map.set(key, list);
}
