// Derives our country actor dictionary from the world-countries package at build time (the data
// is ODbL; we credit it in the README and do not commit the derived file). Each country or
// territory gets its common and official names, English alternative spellings and demonyms
// (singular and plural: "Russian", "Russians"); each capital of a sovereign state is a separate
// `capital` entry coded as that state's government, for metonyms ("Moscow said").
//
// The package is a reference list, not a news vocabulary, so some of its names would match the
// wrong thing in news text. Everything we leave out is listed below with the reason; names the
// package lacks (US, UK, Turkey, Kiev, ...) are in dictionaries/actors/countries-extra.txt.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Names we never take from the package, whichever country lists them. */
const EXCLUDED_NAMES = new Map([
  ['Island', 'Icelandic name of Iceland; would match every capitalised "Island"'],
  ['Mann', 'Manx name of the Isle of Man; a common surname (Thomas Mann)'],
  ['Mannin', 'Manx name of the Isle of Man; rare in English and close to surnames'],
  ['Timor', 'the island, shared by Timor-Leste and Indonesia'],
  ['Prathet', 'Thai for "country"'],
  ['Emirates', 'mostly the airline; the country is "the UAE" or "the Emirates" in extra'],
  ['Nippon', 'company names (Nippon Steel, Nippon Life)'],
  ['Nihon', 'company and university names'],
  ['Réunion', 'folds to "reunion", a capitalised word in headlines; "Réunion Island" is kept'],
  ['Reunion', 'a capitalised word in headlines'],
  ['Virgin Islands', 'both the British and the US Virgin Islands'],
  ['Congo', 'news (AP style) uses bare "Congo" for DR Congo; given to COD in extra, not to COG'],
  ['Portuguesa', 'a fragment, and a Venezuelan state'],
  ['Mexicanos', 'a fragment ("Mexicans" in Spanish), not a name of the state'],
  ['Togolese', 'a demonym listed as a spelling; it is added as a demonym anyway'],
  ['Thai', 'a demonym listed as a spelling; it is added as a demonym anyway'],
  ['Saudi', 'a demonym listed as a spelling; it is added as a demonym in extra'],
  ['Guiana', 'the region spanning Guyana, Suriname and French Guiana'],
  ['Pleasant Island', 'historic name of Nauru; collides with place names'],
  ['Holy See (Vatican City State)', 'the parenthesis splits into noise; "Holy See" is in extra'],
]);

/** Demonyms several entries share go to one state; the others drop them. */
const DEMONYM_OWNER = new Map([
  ['French', 'FRA'],
  ['Dutch', 'NLD'],
  ['Indian', 'IND'],
  ['American', 'USA'],
  ['Norwegian', 'NOR'],
  ['Congolese', 'COD'], // the Republic of the Congo is far rarer in news; "Congolese" there is qualified
  ['Dominican', 'DOM'], // Dominica's people are usually "Dominicans" too, but news about Dominica is rare
]);

/** Demonyms we do not use at all. */
const EXCLUDED_DEMONYMS = new Map([
  ['Channel Islander', 'shared by Jersey and Guernsey'],
  ['Virgin Islander', 'shared by the British and US Virgin Islands'],
  ['Vatican', 'the same word as the name'],
  ['Djibouti', 'the same word as the name'],
  ['Gibraltar', 'the same word as the name'],
]);

/** Plurals that are not the demonym plus "s"; null means the word has no plural ("the Swiss"). */
const DEMONYM_PLURALS = new Map([
  ['Czech', 'Czechs'],
  ['Motswana', 'Batswana'],
  ['Mosotho', 'Basotho'],
  ['Malagasy', null],
  ['I-Kiribati', null],
  ['Ni-Vanuatu', null],
  ['Kirghiz', null],
]);

/** Entities whose capital is a government metonym: UN members, observers and de facto states. */
const STATES_WITHOUT_UN_SEAT = new Set(['PSE', 'VAT', 'TWN', 'UNK']);

/** Capitals we do not turn into government metonyms, with the reason. */
const EXCLUDED_CAPITALS = new Map([
  ['Malé', 'folds to "male", a capitalised word at the start of sentences'],
  ['Victoria', 'a given name, an Australian state, Lake Victoria'],
  ['Kingston', 'many towns (Ontario, New York, London); rarely a metonym for Jamaica'],
  ['Georgetown', 'Georgetown University, Penang, a Washington neighbourhood'],
  ["Saint John's", "St. John's in Newfoundland; rarely a metonym for Antigua"],
  ["St. George's", "St George's University and many churches"],
  ['Nassau', 'Nassau County, New York'],
  ['San José', 'San Jose, California'],
  ['Washington D.C.', 'written "Washington" in news; the metonym is in extra'],
  ['Brussels', 'in news mostly the EU institutions; coded as the EU in igos.txt'],
  ['Amsterdam', 'the Dutch government sits in The Hague; Amsterdam is the city'],
  ['Bloemfontein', 'judicial capital; in news the city'],
  ['Cape Town', 'legislative capital; in news mostly the city'],
  ["Sana'a", 'held by the Houthis since 2014; dated in extra'],
  ['Lobamba', 'legislative capital; Mbabane (in extra) is the seat of government'],
]);

const LATIN = /^[\p{Script=Latin}\p{N}\s.,'’()\-]+$/u;
const latin = (s) => LATIN.test(s);
const clean = (s) => s.replace(/[|;#]/g, ' ').replace(/\s+/g, ' ').trim();

export function countryDictionary() {
  const countries = require('world-countries');
  const demonymCount = new Map();
  for (const c of countries) for (const d of demonymsOf(c)) demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1);
  const lines = [
    '# Generated from the world-countries package (ODbL) by scripts/countries-from-world-countries.mjs.',
    '# Do not edit; add names in countries-extra.txt. Exclusions are listed in the script with reasons.',
  ];
  for (const c of countries) {
    const code = c.cca3;
    const names = new Set([c.name.common, c.name.official].filter((n) => !EXCLUDED_NAMES.has(n)));
    for (const alt of c.altSpellings ?? []) {
      // Two-letter ISO codes ("CD"), inverted ISO forms ("Korea, Republic of") and non-Latin scripts are not news names.
      if (alt.length <= 3 || alt.includes(',') || !latin(alt) || EXCLUDED_NAMES.has(alt)) continue;
      names.add(alt);
    }
    for (const d of demonymsOf(c)) {
      if (EXCLUDED_DEMONYMS.has(d) || names.has(d)) continue;
      const owner = DEMONYM_OWNER.get(d);
      if (owner ? owner !== code : demonymCount.get(d) > 1) continue;
      names.add(d);
      const plural = demonymPlural(d);
      if (plural) names.add(plural);
    }
    const list = [...names].map(clean).filter(Boolean);
    lines.push(`country.${code.toLowerCase()} | country | ${list.join('; ')} | ${code}`);
    if (!c.unMember && !STATES_WITHOUT_UN_SEAT.has(code)) continue;
    for (const cap of c.capital ?? []) {
      // A capital named like its country ("Singapore", "Luxembourg") is the country entry already.
      if (!latin(cap) || EXCLUDED_CAPITALS.has(cap) || names.has(cap)) continue;
      lines.push(`${capitalId(code, cap)} | capital | ${clean(cap)} | ${code}GOV`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The id a capital gets; countries-extra.txt uses the same ids to add spellings ("Kiev"). */
export function capitalId(code, capital) {
  const slug = capital.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `capital.${code.toLowerCase()}.${slug}`;
}

/** English demonyms, split where the package joins two ("Antiguan, Barbudan", "Kittitian or Nevisian"). */
function demonymsOf(c) {
  const out = new Set();
  for (const d of Object.values(c.demonyms?.eng ?? {})) {
    for (const part of String(d).split(/,\s*|\s+or\s+/)) if (part.trim()) out.add(part.trim());
  }
  return [...out];
}

function demonymPlural(d) {
  if (DEMONYM_PLURALS.has(d)) return DEMONYM_PLURALS.get(d);
  // "Chinese", "British", "Swiss", "French", "Seychellois" are their own plurals.
  if (/(ese|ish|ss|ch|sh|ois|s|x|z|y)$/.test(d)) return null;
  return `${d}s`;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  process.stdout.write(countryDictionary());
}
