import { describe, expect, it } from 'vitest';
import { bundledGazetteer } from './bundled-gazetteer.js';
import { isInside, placeKey, type PlaceCandidate } from './gazetteer.js';
import { listGazetteer } from './small-gazetteer.js';

const g = bundledGazetteer();
const top = (name: string) => g.lookup(placeKey(name))[0];

describe('placeKey', () => {
  it('folds case, diacritics, periods and hyphens', () => {
    expect(placeKey('Île-de-France')).toBe('ile de france');
    expect(placeKey('U.S.')).toBe('us');
    expect(placeKey('  St. John’s ')).toBe('st johns');
  });
});

describe('bundled gazetteer', () => {
  it('meets alternate spellings of one oblast', () => {
    for (const n of ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye']) {
      const ids = g.lookup(placeKey(n)).map((c) => c.entryId);
      expect(ids, n).toContain('adm1.ukr.zaporizhzhia');
    }
    expect(top('Kherson Oblast')).toMatchObject({ country: 'UKR', feature: 'A.ADM1', entryId: 'adm1.ukr.kherson' });
  });

  it('knows capitals by their English exonyms, with their first-level region', () => {
    const kyiv = g.lookup('kiev').find((c) => c.feature === 'P.PPLC');
    expect(kyiv).toMatchObject({ country: 'UKR' });
    expect(kyiv!.lat).toBeCloseTo(50.45, 1);
    const paris = g.lookup('paris').find((c) => c.country === 'FRA');
    expect(paris?.adm1).toBe('Île-de-France');
  });

  it('has countries with our extra names, states, and continents', () => {
    expect(top('U.S.')).toMatchObject({ country: 'USA', feature: 'A.PCLI' });
    expect(top('Britain')).toMatchObject({ country: 'GBR', feature: 'A.PCLI' });
    expect(top('Texas')).toMatchObject({ country: 'USA', feature: 'A.ADM1', admin: 'US.TX' });
    expect(top('Bulacan')).toMatchObject({ country: 'PHL', feature: 'A.ADM2' });
    expect(top('Africa')).toMatchObject({ country: null, feature: 'L.CONT' });
  });

  it('knows news-agency abbreviations of states only through abbreviation()', () => {
    expect(g.abbreviation!('la').map((c) => c.name)).toEqual(['Louisiana']);
    expect(g.abbreviation!('wva').map((c) => c.name)).toEqual(['West Virginia']);
    expect(g.lookup('la').some((c) => c.name === 'Louisiana')).toBe(false);
  });

  it('places cities inside their regions by admin code', () => {
    const houston = g.lookup('houston').find((c) => c.country === 'USA')!;
    const texas = top('Texas')!;
    const ohio = top('Ohio')!;
    expect(isInside(houston, texas)).toBe(true);
    expect(isInside(houston, ohio)).toBe(false);
  });
});

describe('listGazetteer', () => {
  it('indexes every name and sorts candidates by population', () => {
    const a: PlaceCandidate = { name: 'Springfield', country: 'USA', lat: 39.8, lon: -89.6, population: 114_000, feature: 'P.PPLA' };
    const b: PlaceCandidate = { name: 'Springfield', country: 'USA', lat: 37.2, lon: -93.3, population: 169_000, feature: 'P.PPL' };
    const list = listGazetteer('test', [a, b], (p) => [p.name, 'Spfld']);
    expect(list.lookup('springfield')).toEqual([b, a]);
    expect(list.lookup('spfld')).toHaveLength(2);
    expect(list.lookup('nowhere')).toEqual([]);
  });
});

describe('acronyms', () => {
  it('are looked up apart, so only text in capitals reaches them', () => {
    expect(g.lookup('nsw')).toEqual([]);
    expect(g.acronym!('nsw')[0]).toMatchObject({ country: 'AUS', feature: 'A.ADM1' });
    expect(g.acronym!('act')[0]).toMatchObject({ country: 'AUS' });
    expect(g.lookup('act').some((c) => c.country === 'AUS')).toBe(false);
  });
});
