import { describe, expect, it } from 'vitest';
import { fakeEvent, fakeItem } from '../testing.js';
import { scorePloverGsr } from './plover-gsr.js';
import { goldCode, readPloverGsr } from './plover-gsr-reader.js';

// Records of our own writing in the file's shape.
const FILE = JSON.stringify([
  { id: 'X-DOCUMENT-0001', event: 'DOCUMENT', eventText: 'about this file' },
  {
    id: 'X-DEMAND-0001',
    date: '2000-01-01',
    event: 'DEMAND',
    text: 'Ruritania demanded that Freedonia withdraw its troops.',
    source: [{ actorText: 'Ruritania', code: 'RUR', sector: 'GOV' }],
    target: [{ actorText: 'Freedonia', code: 'FRE', sector: 'MILfre' }],
  },
  {
    id: 'X-FIGHT-0002',
    date: '2000-01-01',
    event: 'FIGHT',
    text: 'Rebels and soldiers clashed near Springfield.',
    source: [{ actorText: 'Rebels', code: 'RUR', sector: 'REB' }, { actorText: 'soldiers', code: 'FRE', sector: '***' }],
    target: '',
    eventLoc: { name: 'Springfield', 'country code': 'us' },
  },
]);

describe('PLOVER GSR reader', () => {
  it('scores the gold non-ISO country codes as the ISO codes they mean', () => {
    expect([goldCode('JAP'), goldCode('ITL'), goldCode('VTN'), goldCode('JPN'), goldCode('IGO')]).toEqual(['JPN', 'ITA', 'VNM', 'JPN', 'IGO']);
  });

  it('skips the DOCUMENT record and reads actors, sectors and locations', () => {
    const r = readPloverGsr(FILE);
    expect(r.map((x) => x.id)).toEqual(['X-DEMAND-0001', 'X-FIGHT-0002']);
    expect(r[0]!.target).toEqual([{ text: 'Freedonia', code: 'FRE', sector: 'MIL' }]);
    expect(r[1]!.source.map((a) => a.sector)).toEqual(['REB', null]);
    expect(r[1]!.target).toEqual([]);
    expect(r[1]!.location).toEqual({ name: 'Springfield', country: 'US' });
  });
});

describe('PLOVER GSR scorer', () => {
  const records = readPloverGsr(FILE);

  it('scores the primary event, renaming old PLOVER types, and countries as sets', () => {
    const ours = [
      // right type (DEMAND is now REQUEST), right source, wrong target
      fakeItem([fakeEvent({ source: 'RURGOV', target: 'XYZ', code: '100', plover: 'REQUEST' })]),
      // primary is wrong; a second event has the right type; one source of two; right place
      fakeItem([
        fakeEvent({ source: 'RURREB', code: '190', plover: 'COERCE', trigger: 2, location: { name: 'Springfield', country: 'USA' } }),
        fakeEvent({ source: 'FRE', code: '190', plover: 'ASSAULT', trigger: 5 }),
      ]),
    ];
    let i = 0;
    const { rows, misses } = scorePloverGsr(records, () => ours[i++]!);
    const row = (m: string) => rows.find((r) => r.metric === m)!;
    expect(row('event type (PLOVER)').accuracy).toBe(0.5);
    expect(row('event type, best of ours').accuracy).toBe(1);
    // source: gold {RUR} {RUR, FRE}; ours {RUR} {RUR} → tp 2, fn 1
    expect(row('source country')).toMatchObject({ precision: 1, recall: 2 / 3 });
    // target: gold {FRE} {}; ours {XYZ} {} → tp 0
    expect(row('target country')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(row('event location name')).toMatchObject({ items: 1, accuracy: 1 });
    expect(row('event location country')).toMatchObject({ items: 1, accuracy: 1 });
    expect(misses.map((m) => m.id)).toEqual(['X-DEMAND-0001', 'X-FIGHT-0002']);
    expect(misses[1]!.gold).toContain('ASSAULT');
  });

  it('counts a sentence with no event as a miss for every aspect', () => {
    const { rows } = scorePloverGsr(records, () => fakeItem([]));
    expect(rows.find((r) => r.metric === 'event type (PLOVER)')!.accuracy).toBe(0);
    expect(rows.find((r) => r.metric === 'source country')).toMatchObject({ recall: 0, precision: undefined });
  });
});
