import { describe, expect, it } from 'vitest';
import { addBags, addSets, ClassTally, emptyCounts, f1, precision, recall } from './metrics.js';

describe('metrics', () => {
  it('compares sets per item', () => {
    const c = emptyCounts();
    addSets(c, ['USA', 'GBR'], ['USA', 'FRA']);
    addSets(c, ['RUS'], []);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(precision(c)).toBe(0.5);
    expect(recall(c)).toBeCloseTo(1 / 3);
    expect(f1(c)).toBeCloseTo(0.4);
  });

  it('gives no F1 when there was nothing to find or found', () => {
    expect(f1(emptyCounts())).toBeUndefined();
  });

  it('counts repeated triples once each', () => {
    const c = emptyCounts();
    addBags(c, ['A B 01', 'A B 01'], ['A B 01']);
    expect(c).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('macro-averages per class and counts a missing answer as a miss only', () => {
    const t = new ClassTally();
    t.add('0', '0');
    t.add('1', null);
    t.add('1', '0');
    expect(t.accuracy()).toBeCloseTo(1 / 3);
    // class 0: tp 1, fp 1 → F1 2/3; class 1: tp 0 → 0
    expect(t.macroF1(['0', '1'])).toBeCloseTo(1 / 3);
  });
});
