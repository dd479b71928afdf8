import { describe, expect, it } from 'vitest';
import { fakeEvent } from '../testing.js';
import { scorePenta, scoreSpans } from './conflibert.js';
import { readBio, readClassTsv } from './conflibert-reader.js';
import { pentaClass } from './penta-class.js';

describe('PentaClass', () => {
  it('puts appeals with statements and reduced relations with verbal conflict', () => {
    expect(['01', '02', '03', '05', '06', '08', '09', '13', '14', '15', '16', '17', '20'].map(pentaClass)).toEqual(['0', '0', '1', '1', '2', '2', '3', '3', '4', '4', '3', '4', '4']);
    expect(pentaClass('22')).toBeNull();
  });
});

describe('ConfliBERT readers', () => {
  it('reads sentence-tab-label lines', () => {
    expect(readClassTsv('Ruritania praised Freedonia.\t1\n\nRebels shelled the town.\t4\n')).toEqual([
      { text: 'Ruritania praised Freedonia.', label: '1' },
      { text: 'Rebels shelled the town.', label: '4' },
    ]);
  });

  it('rebuilds BIO sentences as text with character offsets', () => {
    const [s1, s2] = readBio(['The O', 'Ruritanian B-S', 'army I-S', 'shelled O', 'Freedonia B-T', "'s O", 'capital O', '. O', '', 'Envoys B-R', 'met O', '( O', 'again O', ') O', '. O', ''].join('\n'));
    expect(s1!.text).toBe("The Ruritanian army shelled Freedonia's capital.");
    expect(s1!.spans.map((x) => [x.role, x.text])).toEqual([['S', 'Ruritanian army'], ['T', 'Freedonia']]);
    expect(s1!.text.slice(s1!.spans[1]!.start, s1!.spans[1]!.end)).toBe('Freedonia');
    expect(s2!.text).toBe('Envoys met (again).');
    expect(s2!.spans).toEqual([{ role: 'R', start: 0, end: 6, text: 'Envoys' }]);
  });
});

describe('ConfliBERT scorers', () => {
  it('gives macro-F1 over the five classes, with no event a miss', () => {
    const items = readClassTsv('a\t1\nb\t4\nc\t0\n');
    const ours = [fakeEvent({ code: '040' }), fakeEvent({ code: '161' }), null];
    let i = 0;
    const { rows } = scorePenta(items, () => ours[i++]!);
    expect(rows[1]!.accuracy).toBeCloseTo(1 / 3);
    // class 1 F1 = 1, class 3 has a false positive (F1 0), classes 0 and 4 missed: (1+0+0+0+0)/5
    expect(rows[0]!.f1).toBeCloseTo(0.2);
  });

  it('scores spans exactly and by overlap, reciprocal gold spans in both roles', () => {
    const [s] = readBio(['The O', 'Ruritanian B-S', 'army I-S', 'shelled O', 'Freedonia B-T', '. O', ''].join('\n'));
    const events = [fakeEvent({ code: '190', source: 'RURMIL', target: 'FRE', sourceSpan: [0, 19], targetSpan: [28, 37] })];
    const { rows } = scoreSpans([s!], () => events);
    const row = (m: string) => rows.find((r) => r.metric === m)!;
    expect(row('source span (exact)').f1).toBe(0);
    expect(row('source span (overlap)').f1).toBe(1);
    expect(row('target span (exact)').f1).toBe(1);
    const [r] = readBio('Envoys B-R\nmet O\n');
    const met = scoreSpans([r!], () => [fakeEvent({ code: '040', source: 'RUR', sourceSpan: [0, 6] })]).rows;
    expect(met.find((x) => x.metric === 'source span (exact)')!.f1).toBe(1);
    expect(met.find((x) => x.metric === 'target span (exact)')!.recall).toBe(0);
  });
});
