import { describe, expect, it } from 'vitest';
import { placeKey } from '../core/geo/gazetteer.js';
import { cities500Path, loadGazetteer } from './gazetteer.js';
import { keepAlternate } from './geonames-cities.js';

describe('keepAlternate', () => {
  it('keeps Latin-script names, drops codes, numbered names, other scripts and descriptive forms', () => {
    expect(keepAlternate('Zaporozhye')).toBe(true);
    expect(keepAlternate('Île-de-France')).toBe(true);
    expect(keepAlternate('PAR')).toBe(false);
    expect(keepAlternate('Paris 01')).toBe(false);
    expect(keepAlternate('Запоріжжя')).toBe(false);
    expect(keepAlternate('Lungsod ng Mumbai')).toBe(false);
  });
});

describe('loadGazetteer', () => {
  it('returns the bundled gazetteer for small and refuses unknown kinds', async () => {
    expect((await loadGazetteer('small'))?.id).toBe('core-small');
    await expect(loadGazetteer('huge')).rejects.toThrow(/unknown gazetteer/);
  });

  it.skipIf(!cities500Path())('full: small towns, alternate spellings, regions, one copy per process', async () => {
    const g = (await loadGazetteer('full'))!;
    expect(g.id).toBe('geonames-cities500');
    const pandi = g.lookup('pandi').find((c) => c.country === 'PHL');
    expect(pandi).toMatchObject({ adm1: 'Central Luzon', feature: 'P.PPLA3' });
    expect(pandi!.admin).toMatch(/^PH\.03\./);
    for (const n of ['Zaporizhzhia', 'Zaporozhye', 'Saporischschja']) {
      expect(g.lookup(placeKey(n)).some((c) => c.country === 'UKR' && c.feature.startsWith('P.')), n).toBe(true);
    }
    expect(g.lookup('alexandria').filter((c) => c.country === 'USA').length).toBeGreaterThan(3);
    expect(g.lookup('kherson oblast')[0]).toMatchObject({ entryId: 'adm1.ukr.kherson' });
    expect(await loadGazetteer('full')).toBe(g);
  });
});
