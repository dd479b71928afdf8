import { type Gazetteer, type PlaceCandidate, placeKey } from './gazetteer.js';

/**
 * Builds a gazetteer from places and their names. Keys map to one candidate or an array, since
 * most of cities500's half million keys name a single place and an array per key would double
 * the memory.
 */
export class PlaceIndex {
  private readonly index = new Map<string, PlaceCandidate | PlaceCandidate[]>();
  private readonly abbreviations = new Map<string, PlaceCandidate[]>();
  private readonly acronyms = new Map<string, PlaceCandidate[]>();
  private maxWords = 1;

  add(place: PlaceCandidate, names: Iterable<string>): void {
    const seen = new Set<string>();
    for (const name of names) {
      const key = placeKey(name);
      if (!key || seen.has(key)) continue;
      // "ACT", "NSW", "UAE" name places only when written in capitals: "Act" is a law.
      if (ACRONYM.test(name)) {
        addTo(this.acronyms, key, place);
        continue;
      }
      seen.add(key);
      this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      const old = this.index.get(key);
      if (!old) this.index.set(key, place);
      else if (Array.isArray(old)) old.push(place);
      else this.index.set(key, [old, place]);
    }
  }

  addAbbreviation(place: PlaceCandidate, abbreviation: string): void {
    const key = placeKey(abbreviation).replace(/ /g, '');
    if (!key) return;
    addTo(this.abbreviations, key, place);
  }

  build(id: string): Gazetteer {
    for (const v of this.index.values()) if (Array.isArray(v)) v.sort(byPopulation);
    const index = this.index;
    const abbreviations = this.abbreviations;
    const acronyms = this.acronyms;
    return {
      id,
      maxWords: this.maxWords,
      lookup(key) {
        const v = index.get(key);
        return v === undefined ? [] : Array.isArray(v) ? v : [v];
      },
      abbreviation: (key) => abbreviations.get(key.replace(/ /g, '')) ?? [],
      acronym: (key) => acronyms.get(key) ?? [],
    };
  }
}

const byPopulation = (a: PlaceCandidate, b: PlaceCandidate) => b.population - a.population;
const ACRONYM = /^\p{Lu}{2,5}$/u;

function addTo(map: Map<string, PlaceCandidate[]>, key: string, place: PlaceCandidate): void {
  const list = map.get(key) ?? [];
  if (list.includes(place)) return;
  list.push(place);
  map.set(key, list);
}
