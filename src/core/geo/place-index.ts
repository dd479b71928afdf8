import { type Gazetteer, type PlaceCandidate, placeKey } from './gazetteer.js';

/**
 * Builds a gazetteer from places and their names. Keys map to one candidate or an array, since
 * most of cities500's half million keys name a single place and an array per key would double
 * the memory.
 */
export class PlaceIndex {
  private readonly index = new Map<string, PlaceCandidate | PlaceCandidate[]>();
  private readonly abbreviations = new Map<string, PlaceCandidate[]>();
  private maxWords = 1;

  add(place: PlaceCandidate, names: Iterable<string>): void {
    const seen = new Set<string>();
    for (const name of names) {
      const key = placeKey(name);
      if (!key || seen.has(key)) continue;
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
    const list = this.abbreviations.get(key) ?? [];
    if (list.includes(place)) return;
    list.push(place);
    this.abbreviations.set(key, list);
  }

  build(id: string): Gazetteer {
    for (const v of this.index.values()) if (Array.isArray(v)) v.sort(byPopulation);
    const index = this.index;
    const abbreviations = this.abbreviations;
    return {
      id,
      maxWords: this.maxWords,
      lookup(key) {
        const v = index.get(key);
        return v === undefined ? [] : Array.isArray(v) ? v : [v];
      },
      abbreviation: (key) => abbreviations.get(key.replace(/ /g, '')) ?? [],
    };
  }
}

const byPopulation = (a: PlaceCandidate, b: PlaceCandidate) => b.population - a.population;
