import { admin1Of, type Gazetteer, type PlaceCandidate } from './gazetteer.js';
import { addCountriesAndRegions } from './countries-and-regions.js';
import { PlaceIndex } from './place-index.js';
import { CITY_ROWS } from './places.generated.js';

let bundled: Gazetteer | null = null;

/**
 * The small gazetteer the core bundles: countries, first-level regions, named areas, capitals,
 * regional seats and cities of 200,000 people or more. Built on first use and shared.
 */
export function bundledGazetteer(): Gazetteer {
  if (bundled) return bundled;
  const index = new PlaceIndex();
  const regionNames = addCountriesAndRegions(index);
  for (const [geonameId, names, country, admin, lat, lon, population, feature] of CITY_ROWS) {
    const place: PlaceCandidate = { name: names[0]!, country, admin, lat, lon, population, feature, geonameId };
    const adm1 = regionNames.get(admin1Of(admin) ?? '');
    if (adm1) place.adm1 = adm1;
    index.add(place, names);
  }
  bundled = index.build('core-small');
  return bundled;
}
