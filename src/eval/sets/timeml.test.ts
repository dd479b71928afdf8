import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateExpression } from '../../core/model/time.js';
import { scoreTimeml, timemlTbaq } from './timeml.js';
import { readTimeml } from './timeml-reader.js';

// Our own lines in the TimeML layout: a DCT, entities, EVENT tags inside the text, TIMEX3 of
// several types.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>OUR0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-09T10:00" temporalFunction="false" functionInDocument="CREATION_TIME">03/09/2001</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
Ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2001-03-08" temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> &amp; talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
Profit fell in <TIMEX3 tid="t3" type="DATE" value="2000-Q4">the fourth quarter</TIMEX3>, &quot;sharply&quot;, <TIMEX3 tid="t4" functionInDocument="NONE" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>`;

describe('TimeML reader', () => {
  const doc = readTimeml(TML, 'fallback.tml');

  it('takes the id, the creation day and the plain text between the TEXT tags', () => {
    expect(doc.id).toBe('OUR0001');
    expect(doc.dct).toBe('2001-03-09');
    expect(doc.text).toContain('Ministers met Thursday & talked for three hours.');
    expect(doc.text).toContain('"sharply"');
    expect(doc.text).not.toContain('Not part');
    expect(doc.text).not.toMatch(/[<>]/);
  });

  it('places every TIMEX3 on the plain text, whatever the order of its attributes', () => {
    expect(doc.timexes.map((x) => [x.tid, x.type, x.value, x.text])).toEqual([
      ['t1', 'DATE', '2001-03-08', 'Thursday'],
      ['t2', 'DURATION', 'PT3H', 'three hours'],
      ['t3', 'DATE', '2000-Q4', 'the fourth quarter'],
      ['t4', 'DATE', 'PRESENT_REF', 'now'],
    ]);
    for (const x of doc.timexes) expect(doc.text.slice(x.start, x.end)).toBe(x.text);
  });

  it('has no creation day when the file has none', () => {
    expect(readTimeml('<TimeML><TEXT>On <TIMEX3 tid="t1" type="DATE" value="1999">1999</TIMEX3>.</TEXT></TimeML>', 'x.tml')).toMatchObject({ id: 'x.tml', dct: null, text: 'On 1999.' });
  });
});

describe('TimeML scorer', () => {
  const doc = readTimeml(TML);
  const at = (phrase: string, value: string, ruleIds = ['date.test']): DateExpression => {
    const start = doc.text.indexOf(phrase);
    return { text: phrase, start, end: start + phrase.length, value, precision: 'day', basis: 'inferred', ruleIds };
  };

  it('scores spans loosely and strictly, values on what was found, and lists the misses', () => {
    const ours = [at('Thursday', '2001-03-08'), at('three hours', '2001'), at('fourth quarter', '2000'), at('the Great War', '1918', ['date.historical.era.ww1'])];
    const { rows, misses } = scoreTimeml([doc], () => ours);
    const row = (m: string) => rows.find((r) => r.metric === m)!;
    // Gold DATEs: Thursday, the fourth quarter, now. Ours: Thursday, fourth quarter (loose only), three hours (a duration).
    expect([row('DATE span (relaxed)').precision, row('DATE span (relaxed)').recall]).toEqual([2 / 3, 2 / 3]);
    expect([row('DATE span (strict)').precision, row('DATE span (strict)').recall]).toEqual([1 / 3, 1 / 3]);
    expect(row('DATE value, calendar gold')).toMatchObject({ items: 1, accuracy: 1 });
    expect(row('DATE value, all found')).toMatchObject({ items: 2, accuracy: 0.5 });
    expect(misses.map((m) => [m.gold, m.ours])).toEqual([
      ['2000-Q4 "the fourth quarter"', '2000 "fourth quarter"'],
      ['PRESENT_REF "now"', '(none)'],
      ['DURATION PT3H "three hours"', '2001 "three hours"'],
    ]);
  });
});

const EVAL_DIR = join(import.meta.dirname, '../../../../shared/eval');
const hasData = existsSync(join(EVAL_DIR, 'tbaq-cleaned/TimeBank'));

describe.skipIf(!hasData)('TimeML set on the shared TimeBank/AQUAINT files', () => {
  it('reads every document and reports four rows', async () => {
    const r = await timemlTbaq.run({ evalDir: EVAL_DIR, coder: null as never, makeCoder: null as never, wantMisses: false });
    expect(r.rows.map((x) => x.metric)).toEqual(['DATE span (relaxed)', 'DATE span (strict)', 'DATE value, calendar gold', 'DATE value, all found']);
    expect(r.rows[0]!.items).toBeGreaterThan(1000);
  });
});
if (!hasData) console.warn(`timeml.test: ${EVAL_DIR}/tbaq-cleaned not found; the shared-data test is skipped`);
