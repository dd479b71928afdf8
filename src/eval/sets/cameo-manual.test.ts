import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.js';
import { fakeEvent } from '../testing.js';
import { scoreCameoExamples } from './cameo-manual.js';
import { readCameoExamples, repairMojibake } from './cameo-manual-reader.js';

// Our own lines in the file's layout, encoded as latin-1 bytes with its broken quote marks.
const CSV = [
  '"","eventtype_ID","name","code","goldstein","nsLeft","nsRight","description","usage_notes","example","root_code","order"',
  '"1",1,"ROOT","17",-7,1,2,NA,NA,NA,"17",1',
  '"2",2,"Arrest","173",-5,3,4,"Detain, ""charge"", arrest.","Notes, with commas","Police in Ruritania\x82\xc4\xf4s capital detained two reporters.","17",2',
  '"3",3,"Meet","040",1,5,6,"d","n","The envoys met\non Tuesday.","04",3',
].join('\n');
const BYTES = Uint8Array.from([...CSV].map((c) => c.charCodeAt(0)));

describe('CAMEO codebook CSV reader', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e"""\n"f\ng",h\n')).toEqual([['a', 'b,c', 'd "e"'], ['f\ng', 'h']]);
  });

  it('decodes latin-1, repairs the quote marks and skips codes without an example', () => {
    const ex = readCameoExamples(BYTES);
    expect(ex.map((e) => [e.code, e.root])).toEqual([['173', '17'], ['040', '04']]);
    expect(ex[0]!.text).toBe('Police in Ruritania\u2019s capital detained two reporters.');
    expect(ex[1]!.text).toBe('The envoys met\non Tuesday.');
    expect(repairMojibake('no damage')).toBe('no damage');
  });
});

describe('CAMEO codebook scorer', () => {
  it('scores exact and root codes of our primary event; no event is a miss', () => {
    const ex = readCameoExamples(BYTES);
    const ours = [fakeEvent({ code: '1731' }), null];
    let i = 0;
    const { rows, misses } = scoreCameoExamples(ex, () => ours[i++]!);
    expect(rows.find((r) => r.metric === 'exact code')!.accuracy).toBe(0);
    expect(rows.find((r) => r.metric === 'root code')!.accuracy).toBe(0.5);
    expect(misses.map((m) => m.severity)).toEqual([1, 2]);
  });
});
