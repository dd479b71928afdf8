import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { type GeoDoc, readGeoVirus, readLgl } from './geoparsing-reader.js';
import { scoreGeoparsing } from './geoparsing-score.js';

// Our own articles in the two corpora's layouts.
const LGL = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <title>t</title>
    <text><![CDATA[Floods hit Ruritania & Elbonia. A bridge on Main St. fell.]]></text>
    <toponyms count="3">
      <toponym><start>11</start><end>20</end><phrase>Ruritania</phrase>
        <gaztag geonameid="1"><name>Ruritania</name><fclass>A</fclass><fcode>PCLI</fcode><lat>10.5</lat><lon>20</lon></gaztag></toponym>
      <toponym><start>23</start><end>30</end><phrase>Elbonia</phrase>
        <gaztag geonameid="2"><name>Elbonia</name><lat>-5</lat><lon>30.25</lon></gaztag></toponym>
      <toponym><start>44</start><end>51</end><phrase>Main St.</phrase></toponym>
    </toponyms>
  </article>
</articles>`;

const GEOVIRUS = `<articles>
    <article>
        <source>https://example.org/a</source>
        <text>Cases rose in Elbonia. Ruritania closed its border.</text>
        <locations>
            <location><name>Ruritania</name><start>23</start><end>32</end><lat>10.5</lat><lon>20</lon><page>x</page></location>
            <location><name>Elbonia</name><start>14</start><end>21</end><lat>-5</lat><lon>30.25</lon><page>y</page></location>
        </locations>
    </article>
</articles>`;

describe('geoparsing readers', () => {
  it('reads LGL: offsets into the CDATA text, coordinates when tagged', () => {
    const [doc] = readLgl(LGL);
    expect(doc!.id).toBe('7');
    expect(doc!.toponyms.map((t) => doc!.text.slice(t.start, t.end))).toEqual(['Ruritania', 'Elbonia', 'Main St.']);
    expect(doc!.toponyms.map((t) => [t.lat, t.lon])).toEqual([[10.5, 20], [-5, 30.25], [null, null]]);
  });

  it('reads GeoVirus and sorts its locations by offset', () => {
    const [doc] = readGeoVirus(GEOVIRUS);
    expect(doc!.toponyms.map((t) => t.phrase)).toEqual(['Elbonia', 'Ruritania']);
    expect(doc!.toponyms.every((t) => doc!.text.slice(t.start, t.end) === t.phrase)).toBe(true);
  });

  it('moves a span that drifted by a few characters, and drops one not in the text', () => {
    const xml = GEOVIRUS.replace('<start>14</start>', '<start>16</start>').replace('<name>Ruritania</name>', '<name>Atlantis</name>');
    const [doc] = readGeoVirus(xml);
    expect(doc!.toponyms.map((t) => [t.phrase, t.start])).toEqual([['Elbonia', 14]]);
  });
});

describe('geoparsing scorer', () => {
  const place = (text: string, start: number, lat: number, lon: number): Place => ({ name: text, text, country: null, lat, lon, start, end: start + text.length, basis: 'stated', ruleIds: ['t'] });

  it('matches spans by overlap, counts distance only on found toponyms with coordinates', () => {
    const [doc] = readLgl(LGL) as [GeoDoc];
    // Ruritania found and placed right; Elbonia found 300 km off; "Main" matched without coordinates; one extra.
    const ours = [place('Ruritania', 11, 10.5, 20), place('Elbonia', 23, -5 + 2.7, 30.25), place('Main', 44, 0, 0), place('Floods', 0, 1, 1)];
    const { rows, misses } = scoreGeoparsing([doc], () => ours, { set: 't', wantMisses: true });
    const spans = rows[0]!;
    expect([spans.precision, spans.recall]).toEqual([0.75, 1]);
    expect(rows[1]).toMatchObject({ items: 2, accuracy: 0.5 });
    expect(rows[1]!.note).toMatch(/of all 2 gold with coordinates: 0\.500/);
    expect(misses.map((m) => m.gold)).toEqual(['Elbonia (-5, 30.25)', '(no toponym)']);
  });

  it('leaves skipped gold out of both sides', () => {
    const [doc] = readLgl(LGL) as [GeoDoc];
    const { rows } = scoreGeoparsing([doc], () => [place('Elbonia', 23, -5, 30.25)], { set: 't', skipGold: (t) => t.phrase === 'Elbonia', wantMisses: false });
    expect(rows[0]).toMatchObject({ items: 2, precision: undefined, recall: 0 });
  });
});
