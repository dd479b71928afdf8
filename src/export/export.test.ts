import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iterateEvents, type EventRecord, type EventStore } from '../stores/index.js';
import { openSqliteStore } from '../stores/sqlite/index.js';
import { ALL, build } from '../../test/stores/fixtures.js';
import { csvField, csvHeader, csvRow, FLAT_COLUMNS, GDELT_COLUMNS, gdeltRow, jsonlRow, loadDuckDb, MissingDependencyError, writeParquet } from './index.js';

let store: EventStore;
let events: EventRecord[];
const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));

beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  for (const s of ALL) await store.putArticle(build(s));
  events = [];
  for await (const e of iterateEvents(store, { withMentions: true })) events.push(e);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const byCode = (cameo: string, source: string) => events.find((e) => e.cameo.code === cameo && e.source?.code === source)!;

describe('GDELT 2.0 export', () => {
  it('has the 61 columns of the GDELT 2.0 event table, in order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect([GDELT_COLUMNS[0], GDELT_COLUMNS[5], GDELT_COLUMNS[15], GDELT_COLUMNS[25], GDELT_COLUMNS[26], GDELT_COLUMNS[34], GDELT_COLUMNS[35], GDELT_COLUMNS[51], GDELT_COLUMNS[59], GDELT_COLUMNS[60]]).toEqual([
      'GlobalEventID', 'Actor1Code', 'Actor2Code', 'IsRootEvent', 'EventCode', 'AvgTone', 'Actor1Geo_Type', 'ActionGeo_Type', 'DATEADDED', 'SOURCEURL',
    ]);
  });

  it('writes one tab-separated line of 61 fields per event with GDELT meanings', () => {
    const sign = byCode('057', 'RUSGOV');
    const line = gdeltRow(sign);
    expect(line.endsWith('\n')).toBe(true);
    const f = line.slice(0, -1).split('\t');
    expect(f).toHaveLength(61);
    const col = (name: (typeof GDELT_COLUMNS)[number]) => f[GDELT_COLUMNS.indexOf(name)];
    expect(col('GlobalEventID')).toBe(String(sign.id));
    expect([col('Day'), col('MonthYear'), col('Year'), col('FractionDate')]).toEqual(['20240619', '202406', '2024', '2024.4685']);
    expect([col('Actor1Code'), col('Actor1CountryCode'), col('Actor1Type1Code'), col('Actor2Code'), col('Actor2CountryCode')]).toEqual(['RUSGOV', 'RUS', 'GOV', 'PRKGOV', 'PRK']);
    expect([col('IsRootEvent'), col('EventCode'), col('EventBaseCode'), col('EventRootCode'), col('QuadClass'), col('GoldsteinScale')]).toEqual(['1', '057', '057', '05', '1', '8']);
    expect([col('NumMentions'), col('NumSources'), col('NumArticles')]).toEqual(['3', '2', '3']);
    expect([col('ActionGeo_Type'), col('ActionGeo_FullName'), col('ActionGeo_Lat'), col('ActionGeo_Long'), col('ActionGeo_FeatureID')]).toEqual(['4', 'Pyongyang', '39.03', '125.75', '1871859']);
    expect([col('Actor1Geo_Type'), col('ActionGeo_CountryCode')]).toEqual(['', '']);
    expect(col('DATEADDED')).toBe('20240619000000');
    expect(col('SOURCEURL')).toBe('https://www.alpha.example/world/2024/06/19/summit?utm_source=rss');
  });

  it('maps GeoNames feature codes to GDELT geo types, in either spelling', () => {
    const type = (featureCode: string, country = 'FRA') => {
      const e = { ...byCode('057', 'RUSGOV') };
      e.location = { ...e.location!, featureCode, country };
      return gdeltRow(e).split('\t')[GDELT_COLUMNS.indexOf('ActionGeo_Type')];
    };
    expect([type('A.PCLI'), type('A/ADM1'), type('A.ADM1', 'USA'), type('P.PPLA'), type('P/PPL', 'USA'), type('H.STM')]).toEqual(['1', '5', '2', '4', '3', '']);
  });

  it('puts non-state groups in KnownGroupCode and leaves absent actors empty', () => {
    const f = gdeltRow(byCode('036', 'IGOUNOSEC')).slice(0, -1).split('\t');
    expect(f[GDELT_COLUMNS.indexOf('Actor1KnownGroupCode')]).toBe('UNO');
    expect(f.slice(15, 25).every((v) => v === '')).toBe(true);
    expect(f[GDELT_COLUMNS.indexOf('Day')]).toBe('20240501');
  });
});

describe('CSV and JSONL exports', () => {
  it('writes a header and one quoted, parseable row per event', () => {
    expect(csvHeader().trimEnd().split(',')).toEqual(FLAT_COLUMNS.map((c) => c.name));
    const row = csvRow(byCode('190', 'RUSMIL'));
    const cells = parseCsvLine(row.trimEnd());
    expect(cells).toHaveLength(FLAT_COLUMNS.length);
    expect(cells[FLAT_COLUMNS.findIndex((c) => c.name === 'evidence_sentence')]).toBe('Russian troops attacked Ukrainian positions near Kharkiv overnight, the regional governor said.');
    expect(cells[FLAT_COLUMNS.findIndex((c) => c.name === 'goldstein')]).toBe('-10');
  });

  it('quotes separators and defuses spreadsheet formulas in text', () => {
    expect(csvField('a,"b"\nc', true)).toBe('"a,""b""\nc"');
    expect(csvField('=HYPERLINK("x")', true)).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-2, false)).toBe('-2');
    expect(csvField(null, true)).toBe('');
  });

  it('writes each event with all its mentions as one JSON line', () => {
    const back = JSON.parse(jsonlRow(byCode('057', 'RUSGOV'))) as EventRecord;
    expect(back.mentions).toHaveLength(3);
    expect(back.mentions?.[1]?.inCopy).toBe(true);
  });
});

describe('Parquet export (optional DuckDB)', () => {
  it('names the package to install when DuckDB is absent', async () => {
    await expect(loadDuckDb('@duckdb/not-a-real-package')).rejects.toBeInstanceOf(MissingDependencyError);
  });

  it('writes a Parquet file DuckDB reads back, when DuckDB is installed', async (ctx) => {
    const duck = await loadDuckDb().catch(() => null);
    if (!duck) {
      console.warn('skipped: Parquet round trip needs the optional @duckdb/node-api (npm install @duckdb/node-api, or DYAD_DUCKDB_MODULE=path)');
      ctx.skip();
      return;
    }
    const path = join(dir, 'events.parquet');
    expect(await writeParquet(iterateEvents(store), path, duck)).toBe(9);
    const conn = await (await duck.DuckDBInstance.create(':memory:')).connect();
    const r = (await conn.run(`SELECT count(*)::INTEGER AS n, sum(num_mentions)::INTEGER AS m FROM read_parquet('${path}')`)) as { getRowObjects(): Promise<{ n: number; m: number }[]> };
    expect(await r.getRowObjects()).toEqual([{ n: 9, m: 14 }]);
  });
});

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}
