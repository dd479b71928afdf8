import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packedGazetteer } from '../core/geo/packed-places.js';
import { PlaceIndex } from '../core/geo/place-index.js';
import { cachedStamp, readPackedPlaces, writePackedPlaces } from './gazetteer-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-gazetteer-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sample() {
  const index = new PlaceIndex();
  const region = { name: 'Kherson Oblast', country: 'UKR', lat: 46.6, lon: 32.6, population: 1_000_000, feature: 'A.ADM1', entryId: 'adm1.ukr.kherson', admin: 'UA.14', adm1: 'Kherson Oblast' };
  index.add(region, ['Kherson Oblast', 'Khersonska oblast']);
  index.addAbbreviation(region, 'Kh.');
  index.add({ name: 'Kherson', country: 'UKR', admin: 'UA.14', lat: 46.63695, lon: 32.61458, population: 320_477, feature: 'P.PPLA', geonameId: 706448, adm1: 'Kherson Oblast' }, ['Kherson', 'Cherson', 'Херсон']);
  index.add({ name: 'Zaporizhzhia', country: 'UKR', admin: 'UA.26', lat: 47.82289, lon: 35.19031, population: 710_052, feature: 'P.PPLA', geonameId: 687700 }, ['Zaporizhzhia', 'Zaporozhye', 'Zapórizhzhia', 'ZPZ']);
  return index.pack();
}

describe('gazetteer cache', () => {
  it('reads back what it wrote: the same places under the same keys', () => {
    const file = join(dir, 'a.packed');
    const data = sample();
    writePackedPlaces(file, 'abc123', data);
    expect(cachedStamp(file)).toBe('abc123');
    const read = readPackedPlaces(file, 'abc123');
    expect(read).not.toBeNull();
    const [want, got] = [packedGazetteer('x', data), packedGazetteer('x', read!)];
    for (const key of ['kherson', 'cherson', 'kherson oblast', 'zaporozhye', 'zaporizhzhia', 'nowhere']) expect(got.lookup(key)).toEqual(want.lookup(key));
    expect(got.acronym!('zpz')).toEqual(want.acronym!('zpz'));
    expect(got.abbreviation!('kh')).toEqual(want.abbreviation!('kh'));
    expect(got.maxWords).toBe(want.maxWords);
  });

  it('ignores a cache with another stamp, a damaged one and a missing one', () => {
    const file = join(dir, 'b.packed');
    writePackedPlaces(file, 'abc123', sample());
    expect(readPackedPlaces(file, 'def456')).toBeNull();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    expect(readPackedPlaces(file, 'abc123')).toBeNull();
    writeFileSync(file, 'not a cache');
    expect(readPackedPlaces(file, 'abc123')).toBeNull();
    expect(cachedStamp(file)).toBeNull();
    expect(readPackedPlaces(join(dir, 'missing.packed'), 'abc123')).toBeNull();
  });
});
