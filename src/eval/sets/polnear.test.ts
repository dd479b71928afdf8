import { describe, expect, it } from 'vitest';
import type { Quote } from '../../core/index.js';
import { onePerArticle, readBratAttributions } from './polnear-reader.js';
import { groupQuotes, scorePolnear, speakerMatches, wordKey } from './polnear-score.js';

// Our own article and annotations, in PolNeAR's BRAT layout.
const TEXT = '“We will win,” said Ann Lee. “Then we rest.” The plan failed, officials said.';
const ANN = [
  'T1\tContent 0 14;29 44\t“We will win,” “Then we rest.”',
  'T2\tCue 15 19\tsaid',
  'T3\tSource 20 27\tAnn Lee',
  'T4\tAttribution 15 19\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3',
  'T5\tContent 45 60\tThe plan failed',
  'T6\tSource 62 71\tofficials',
  'T7\tCue 72 76\tsaid',
  'T8\tAttribution-no-source 72 76\tsaid',
  'E2\tAttribution-no-source:T8 Content:T5 Cue:T7 Source2:T6',
  'E3\tAttribution:T4 ',
  '#1\tAnnotatorNotes T1\tignored',
].join('\n');

function quote(start: number, end: number, cue: [number, number] | null, speaker: [string, number, number] | null): Quote {
  return {
    text: TEXT.slice(start, end),
    start,
    end,
    kind: 'direct',
    ruleIds: ['test'],
    speaker: speaker ? { name: speaker[0], start: speaker[1], end: speaker[2] } : null,
    ...(cue ? { cue: { start: cue[0], end: cue[1], text: TEXT.slice(cue[0], cue[1]) } } : {}),
  };
}

describe('polnear reader', () => {
  it('reads attributions with discontinuous contents and numbered roles, skipping empty events', () => {
    const gold = readBratAttributions(ANN);
    expect(gold).toEqual([
      { id: 'E1', content: [[0, 14], [29, 44]], cue: [[15, 19]], source: [[20, 27]] },
      { id: 'E2', content: [[45, 60]], cue: [[72, 76]], source: [[62, 71]] },
    ]);
  });

  it('fails on a malformed span with the file and line', () => {
    expect(() => readBratAttributions('T1\tContent 5-9\tx', 'a.ann')).toThrow('a.ann:1');
  });

  it('takes the first annotator of an article annotated several times', () => {
    const files = onePerArticle(['b_9f00.ann', 'a_4e07.ann', 'a_4b22.ann', 'notes.txt']);
    expect([...files]).toEqual([['a', 'a_4b22.ann'], ['b', 'b_9f00.ann']]);
  });
});

describe('polnear scorer', () => {
  const gold = readBratAttributions(ANN);
  const article = { id: 'x', text: TEXT, gold };

  it('joins quotations that share a cue into one attribution', () => {
    const groups = groupQuotes([quote(1, 13, [15, 19], ['Ann Lee', 20, 27]), quote(30, 43, [15, 19], ['Ann Lee', 20, 27]), quote(45, 60, null, null)]);
    expect(groups.map((g) => g.content)).toEqual([[[1, 13], [30, 43]], [[45, 60]]]);
  });

  it('compares words, not quotation marks', () => {
    expect(wordKey(TEXT, [[0, 14], [29, 44]])).toBe(wordKey(TEXT, [[1, 12], [30, 42]]));
    expect(wordKey(TEXT, [[0, 14]])).not.toBe(wordKey(TEXT, [[0, 44]]));
  });

  it('scores contents, cues and speakers', () => {
    const ours = [quote(1, 13, [15, 19], ['Ann Lee', 20, 27]), quote(30, 43, [15, 19], ['Ann Lee', 20, 27]), quote(45, 60, [72, 76], ['Lee', 0, 0])];
    const { rows } = scorePolnear([article], () => ({ quotes: ours, entities: [] }));
    const by = Object.fromEntries(rows.map((r) => [r.metric, r]));
    expect(by['quote content (overlap)']).toMatchObject({ precision: 1, recall: 1 });
    expect(by['quote content (exact words)']).toMatchObject({ precision: 1, recall: 1 });
    expect(by['quote cue (overlap)']).toMatchObject({ precision: 1, recall: 1 });
    // The second speaker is neither at the gold source nor named in it.
    expect(by['speaker of matched content']).toMatchObject({ items: 2, accuracy: 0.5 });
  });

  it('counts a missing attribution and an extra one, and lists them as misses', () => {
    const ours = [quote(1, 13, [15, 19], ['Ann Lee', 20, 27]), quote(0, 5, [77, 78], null)];
    const { rows, misses } = scorePolnear([article], () => ({ quotes: ours, entities: [] }));
    expect(rows[0]).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(misses.map((m) => m.id.split(' ').pop())).toEqual(expect.arrayContaining(['missed', 'extra']));
  });

  it('accepts a speaker named by surname elsewhere', () => {
    expect(speakerMatches('Mr. Lee said', [[0, 7]], { name: 'Ann Lee', start: 50, end: 57 }, [])).toBe(true);
    expect(speakerMatches('Mr. Lee said', [[0, 7]], { name: 'Ann Park', start: 50, end: 58 }, [])).toBe(false);
  });
});
