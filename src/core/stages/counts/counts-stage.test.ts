import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import type { Count } from '../../model/count.js';
import { datesStage } from '../dates/index.js';
import { tokenizeStage } from '../tokenize/index.js';
import { countsStage } from './index.js';

const coder = createCoder({ stages: [tokenizeStage, datesStage, countsStage] });
const countsOf = (text: string): Count[] => coder.code({ text, published: '2022-08-16' }).counts;
const brief = (c: Count) => ({ number: c.number, about: c.about, ...(c.kind ? { kind: c.kind } : {}), ...(c.qualifier ? { qualifier: c.qualifier } : {}) });
const one = (text: string) => {
  const counts = countsOf(text);
  expect(counts, text).toHaveLength(1);
  return brief(counts[0]!);
};

describe('counts', () => {
  it('attaches numbers to what they count (the seed article)', () => {
    expect(one('It says it has detained 50 suspected Ukrainian nationalists in the occupied south.')).toEqual({ number: 50, about: 'suspected Ukrainian nationalists', kind: 'detained' });
    expect(countsOf('Some of them had weapons stashes, including two dozen grenade launchers, 12 portable surface-to-surface missile systems, rifles and ammunition.').map(brief)).toEqual([
      { number: 24, about: 'grenade launchers', kind: 'weapons' },
      { number: 12, about: 'portable surface-to-surface missile systems', kind: 'weapons' },
    ]);
  });

  it('reads digits, separators, decimals with multipliers and number words', () => {
    expect(one('Police arrested 1,500 demonstrators.')).toMatchObject({ number: 1500, about: 'demonstrators' });
    expect(one('The war has displaced 3.5 million people.')).toMatchObject({ number: 3_500_000, about: 'people', kind: 'displaced' });
    expect(one('Five ministers resigned.')).toMatchObject({ number: 5, about: 'ministers' });
    expect(one('Twenty-six soldiers died in the attack.')).toEqual({ number: 26, about: 'soldiers', kind: 'killed' });
    expect(one('A dozen tanks crossed the border.')).toEqual({ number: 12, about: 'tanks', kind: 'weapons' });
    expect(one('Two hundred and fifty students marched.')).toMatchObject({ number: 250, about: 'students' });
  });

  it('records bounds and estimates as qualifiers', () => {
    expect(one('At least 30 people were killed.')).toEqual({ number: 30, about: 'people', kind: 'killed', qualifier: 'at-least' });
    // A vague plural is kept as its lower bound: "hundreds" is at least two hundred.
    expect(one('Hundreds of protesters gathered outside.')).toEqual({ number: 200, about: 'protesters', kind: 'protesters', qualifier: 'at-least' });
    expect(one('Tens of thousands of refugees crossed into Poland.')).toEqual({ number: 20_000, about: 'refugees', kind: 'refugees', qualifier: 'at-least' });
    expect(one('Nearly 50 people were injured.')).toMatchObject({ number: 50, kind: 'injured', qualifier: 'at-most' });
    expect(one('Some 200 troops were deployed.')).toMatchObject({ number: 200, kind: 'troops', qualifier: 'about' });
  });

  it('takes the kind from the verb before the number or after the phrase', () => {
    expect(one('Gunmen killed 12 villagers on Sunday.').kind).toBe('killed');
    expect(one('Four journalists were being held in the capital.').kind).toBe('detained');
    // An active verb after the phrase is what the counted people did, not what was done to them.
    expect(one('Three gunmen killed a guard.').kind).toBeUndefined();
  });

  it('does not count years, dates, ages, percentages, money, times, measures, ordinals or labels', () => {
    const text = [
      'In 2014 the rebels took the city.',
      'The letter arrived on August 15.',
      'Mr. Kim, 38, met the envoy.',
      'The 69-year-old leader spoke.',
      'Turnout reached 40 percent and 12% of ballots were spoiled.',
      'The deal is worth $30 million and 5 billion euros.',
      'The meeting began at 10:30 and ended at 5 p.m.',
      'The convoy drove 5 km and waited three days.',
      'It was the third attack.',
      'Resolution 2231 was adopted.',
      'Thousands of tons of grain and millions of dollars were lost over hundreds of years.',
    ].join('\n\n');
    expect(countsOf(text).map(brief)).toEqual([]);
  });

  it('needs something counted and ignores a lone "one"', () => {
    expect(countsOf('The toll rose to 30. One of them spoke. It is one way to see it.')).toEqual([]);
    expect(one('One soldier was killed.')).toEqual({ number: 1, about: 'soldier', kind: 'killed' });
  });

  it('gives the spans of the whole count and of what it counts', () => {
    const text = 'Officials said at least 30 people were killed.';
    const [c] = countsOf(text);
    expect(text.slice(c!.start, c!.end)).toBe('at least 30 people');
    expect(text.slice(c!.aboutStart, c!.aboutEnd)).toBe('people');
    expect(c!.ruleIds).toEqual(['count.digits', 'count.phrase', 'qualifier.at-least', 'kind.killed']);
  });
});
