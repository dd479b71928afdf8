import type { PlaceCandidate } from './gazetteer.js';
import type { PlaceIndex } from './place-index.js';
import { COUNTRY_ROWS, REGION_ROWS } from './places.generated.js';

/**
 * Countries, first-level regions and named areas, which both gazetteers share: GeoNames cities500
 * has none of them. Returns the names of the regions by admin code, to label cities with their
 * first-level region.
 */
export function addCountriesAndRegions(index: PlaceIndex): Map<string, string> {
  for (const [iso3, names, lat, lon, population] of COUNTRY_ROWS) {
    index.add({ name: names[0]!, country: iso3, lat, lon, population, feature: 'A.PCLI', entryId: `country.${iso3.toLowerCase()}` }, names);
  }
  const regionNames = new Map<string, string>();
  for (const [id, country, feature, admin, names, abbreviations, lat, lon, population] of REGION_ROWS) {
    const place: PlaceCandidate = { name: names[0]!, country, lat, lon, population, feature, entryId: id };
    if (admin) place.admin = admin;
    if (admin && feature === 'A.ADM1') {
      place.adm1 = place.name;
      regionNames.set(admin, place.name);
    }
    index.add(place, names);
    for (const a of abbreviations) index.addAbbreviation(place, a);
  }
  return regionNames;
}
