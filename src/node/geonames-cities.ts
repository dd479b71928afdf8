import { readFileSync } from 'node:fs';
import { admin1Of, type PlaceCandidate } from '../core/geo/gazetteer.js';
import type { PlaceIndex } from '../core/geo/place-index.js';
import { ALPHA3 } from '../core/geo/places.generated.js';

const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u;
// "Lungsod ng Mumbai", "Gorad Minsk": a word for "city" before the name, not a name of its own.
const DESCRIPTIVE = /^(lungsod|dakbayan|bayan|gorad|horad|lalawigan|munisipyo|munisipalidad|kota|thanh pho)\b/i;

/** Alternate names worth indexing: Latin script, no digits or codes ("PAR", "Paris 01"), not too long. */
export function keepAlternate(name: string): boolean {
  return name.length >= 3 && name.length <= 40 && LATIN.test(name) && !/\d/.test(name) && !/^[A-Z]{2,5}$/.test(name) && !DESCRIPTIVE.test(name);
}

/**
 * A copy that does not keep the line (and through it the whole file) alive: V8 makes substrings
 * that point into their parent string.
 */
const own = (s: string) => (' ' + s).slice(1);

/**
 * Adds every place of a GeoNames dump (cities500 format: id, name, asciiname, alternatenames,
 * lat, lon, feature class, feature code, country, cc2, admin1..4, population, ...) to the index.
 * Repeated strings (feature codes, admin paths, region names) are interned: 200,000 copies of
 * "P.PPL" would otherwise each hold memory.
 */
export function addGeonamesFile(index: PlaceIndex, file: string, regionNames: ReadonlyMap<string, string>): number {
  const intern = new Map<string, string>();
  const one = (s: string) => {
    const v = intern.get(s);
    if (v !== undefined) return v;
    intern.set(s, s);
    return s;
  };
  let n = 0;
  // Line by line from the bytes: one 32 MB file as a single string would take 64 MB more at peak.
  const bytes = readFileSync(file);
  for (let at = 0; at < bytes.length; ) {
    let nl = bytes.indexOf(10, at);
    if (nl < 0) nl = bytes.length;
    const f = bytes.toString('utf8', at, nl).split('\t');
    at = nl + 1;
    if (f.length < 15) continue;
    const country = ALPHA3[f[8]!];
    if (!country) continue;
    const admin = one(f[11] ? `${f[8]}.${f[10]}.${f[11]}` : f[10] ? `${f[8]}.${f[10]}` : f[8]!);
    const place: PlaceCandidate = {
      name: own(f[1]!),
      country: one(country),
      admin,
      lat: Number(f[4]),
      lon: Number(f[5]),
      population: Number(f[14]) || 0,
      feature: one(`${f[6]}.${f[7]}`),
      geonameId: Number(f[0]),
    };
    const adm1 = regionNames.get(admin1Of(admin) ?? '');
    if (adm1) place.adm1 = adm1;
    const alternates = f[3] ? f[3].split(',').filter(keepAlternate) : [];
    index.add(place, [f[1]!, f[2]!, ...alternates]);
    n++;
  }
  return n;
}
