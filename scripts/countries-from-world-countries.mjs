// Derives our country actor dictionary from the world-countries package at build time (the data
// is ODbL; we credit it in the README and do not commit the derived file). Each country gets
// its common and official names, English alternative spellings, and demonyms; each capital is a
// separate `capital` entry that codes as the country's government when used as a metonym
// ("Moscow said").
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const latin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()\-]+$/u.test(s);

export function countryDictionary() {
  const countries = require('world-countries');
  const lines = ['# Generated from the world-countries package (ODbL). Do not edit; add names in countries-extra.txt.'];
  for (const c of countries) {
    const code = c.cca3;
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings ?? []) {
      if (alt.length > 3 && latin(alt)) names.add(alt);
    }
    for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) names.add(d);
    const clean = [...names].map((n) => n.replace(/[|;#]/g, ' ').trim()).filter(Boolean);
    lines.push(`country.${code.toLowerCase()} | country | ${clean.join('; ')} | ${code}`);
    for (const cap of c.capital ?? []) {
      if (!latin(cap)) continue;
      const id = cap.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-');
      lines.push(`capital.${code.toLowerCase()}.${id} | capital | ${cap.replace(/[|;#]/g, ' ')} | ${code}GOV`);
    }
  }
  return lines.join('\n') + '\n';
}
