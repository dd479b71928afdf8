import { describe, expect, it } from 'vitest';
import type { PlaceCandidate } from './gazetteer.js';
import { PlaceIndex } from './place-index.js';

const town = (name: string, geonameId: number, population: number, adm1?: string): PlaceCandidate => {
  const p: PlaceCandidate = { name, country: 'USA', admin: 'US.LA', lat: 31.3 + geonameId / 1e6, lon: -92.4, population, feature: 'P.PPL', geonameId };
  if (adm1) p.adm1 = adm1;
  return p;
};

describe('PlaceIndex (packed)', () => {
  it('gives back GeoNames-shaped places equal to what went in, same property order, most populous first', () => {
    const index = new PlaceIndex();
    const small = town('Alexandria', 1, 500, 'Louisiana');
    const big = town('Alexandria', 2, 40_000);
    index.add(small, ['Alexandria']);
    index.add(big, ['Alexandria', 'Alexandrie']);
    const g = index.build('test');
    const found = g.lookup('alexandria');
    expect(found).toEqual([big, small]);
    expect(found.map((p) => Object.keys(p))).toEqual([Object.keys(big), Object.keys(small)]);
    expect(g.lookup('alexandrie')).toEqual([big]);
    expect(g.lookup('cairo')).toEqual([]);
  });

  it('returns one object per place, whichever key finds it, and keeps other places as given', () => {
    const index = new PlaceIndex();
    const region: PlaceCandidate = { name: 'Louisiana', country: 'USA', lat: 31, lon: -92, population: 4_000_000, feature: 'A.ADM1', entryId: 'adm1.usa.la', admin: 'US.LA' };
    const kyiv = town('Kyiv', 3, 2_900_000);
    index.add(region, ['Louisiana']);
    index.addAbbreviation(region, 'La.');
    index.add(kyiv, ['Kyiv', 'Kiev', 'KYV']);
    const g = index.build('test');
    expect(g.lookup('louisiana')[0]).toBe(region);
    expect(g.abbreviation!('la')).toEqual([region]);
    expect(g.lookup('kyiv')[0]).toBe(g.lookup('kiev')[0]);
    expect(g.acronym!('kyv')[0]).toBe(g.lookup('kyiv')[0]);
    expect(g.lookup('kyv')).toEqual([]);
  });

  it('finds every one of many keys (the hash table probes past collisions)', () => {
    const index = new PlaceIndex();
    for (let i = 0; i < 5000; i++) index.add(town(`Town ${i}`, 10 + i, i), [`Town ${i}`, `Alt ${i % 100}`]);
    const g = index.build('test');
    for (let i = 0; i < 5000; i += 7) expect(g.lookup(`town ${i}`).map((p) => p.geonameId)).toEqual([10 + i]);
    expect(g.lookup('alt 5').map((p) => p.population)).toEqual(Array.from({ length: 50 }, (_, k) => 4905 - 100 * k));
    expect(g.maxWords).toBe(2);
  });
});
