import { describe, expect, it } from 'vitest';
import { createMemo } from './memo.js';

describe('memo of slow whole-database answers', () => {
  it('reuses an answer within its time, computes again after it, and forgets on clear', async () => {
    let t = 0;
    let calls = 0;
    const memo = createMemo(1000, () => t);
    const compute = async () => ++calls;
    expect(await memo.get('k', compute)).toBe(1);
    t = 999;
    expect(await memo.get('k', compute)).toBe(1);
    t = 1000;
    expect(await memo.get('k', compute)).toBe(2);
    memo.clear();
    expect(await memo.get('k', compute)).toBe(3);
  });

  it('shares one computation between concurrent first requests, and does not keep a failure', async () => {
    const memo = createMemo(1000);
    let calls = 0;
    let release!: (n: number) => void;
    const slow = () => {
      calls++;
      return new Promise<number>((r) => (release = r));
    };
    const both = Promise.all([memo.get('k', slow), memo.get('k', slow)]);
    release(7);
    expect(await both).toEqual([7, 7]);
    expect(calls).toBe(1);
    await expect(memo.get('bad', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await memo.get('bad', async () => 1)).toBe(1);
  });

  it('keeps a bounded number of answers, dropping the oldest', async () => {
    const memo = createMemo(60_000);
    let calls = 0;
    for (let i = 0; i < 300; i++) await memo.get(`q${i}`, async () => ++calls);
    expect(await memo.get('q299', async () => -1)).toBe(300);
    expect(await memo.get('q0', async () => -1)).toBe(-1);
  });
});
