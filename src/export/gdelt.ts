import type { EventRecord, StoredActor, StoredPlace } from '../stores/index.js';

/**
 * The GDELT 2.0 Event table: 61 tab-separated columns in GDELT's order, no header (as GDELT ships
 * it), so tools that read GDELT export files read ours. Where we have a field it has GDELT's meaning;
 * where we do not it is empty. Differences, documented in docs/formats.md:
 * - Geo country and ADM1 codes are FIPS 10-4 in GDELT; we keep ISO codes, so those columns are empty;
 * - Geo FeatureID is the GeoNames id (GDELT uses GNS/GNIS ids);
 * - Actor1Geo/Actor2Geo are empty (we locate events, not actors);
 * - DATEADDED is the first publication day of a mentioning article at 000000, not a crawl time.
 */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => `${p}${c}`);
}

function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`);
}

export function gdeltRow(e: EventRecord): string {
  const day = e.day ?? '';
  const code = e.cameo.code.length === 2 ? `${e.cameo.code}0` : e.cameo.code; // root-level codes are written 010, 020, …
  const fields: (string | number)[] = [
    e.id, day.replace(/-/g, ''), day.slice(0, 7).replace('-', ''), day.slice(0, 4), fractionDate(day),
    ...actor(e.source), ...actor(e.target),
    e.isRoot ? 1 : 0, code, code.slice(0, 3), code.slice(0, 2), e.cameo.quadClass, e.cameo.goldstein,
    e.numMentions, e.numSources, e.numArticles, e.avgTone,
    ...geo(null), ...geo(null), ...geo(e.location),
    e.firstSeen ? `${e.firstSeen.replace(/-/g, '')}000000` : '', e.sourceUrl ?? '',
  ];
  return `${fields.map(clean).join('\t')}\n`;
}

/** Non-state actors (IGOUNO, NGOxxx) carry their group in GDELT's KnownGroupCode. */
function actor(a: StoredActor | null): string[] {
  if (!a) return Array(10).fill('');
  const group = /^(IGO|NGO)([A-Z]{3})/.exec(a.code)?.[2] ?? '';
  const [t1 = '', t2 = '', t3 = ''] = a.roles;
  return [a.code, (a.name ?? '').toUpperCase(), a.country ?? '', group, '', '', '', t1, t2, t3];
}

/** GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). */
function geo(p: StoredPlace | null): (string | number)[] {
  if (!p) return Array(8).fill('');
  const fc = (p.featureCode ?? '').replace('.', '/'); // GeoNames class and code, written P.PPLC or P/PPLC
  const us = p.country === 'USA';
  const type = fc.startsWith('A/PCL') ? 1 : fc.startsWith('A/ADM') ? (us ? 2 : 5) : fc.startsWith('P/') ? (us ? 3 : 4) : '';
  return [type, p.name, '', '', '', p.lat, p.lon, p.geonameId ?? ''];
}

/** GDELT's FractionDate: year + day of year / 365, four decimals. */
function fractionDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return '';
  const y = Number(day.slice(0, 4));
  const doy = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + doy / 365).toFixed(4);
}

const clean = (v: string | number) => String(v).replace(/[\t\r\n]+/g, ' ');
