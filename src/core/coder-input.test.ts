import { describe, expect, it } from 'vitest';
import { createCoder } from './coder.js';

const coder = createCoder();

describe('coder on bad input', () => {
  it('returns a clean empty result for empty and blank text', () => {
    for (const text of ['', '   \n\n  ']) {
      const a = coder.code(text);
      expect(a.events).toEqual([]);
      expect(a.sentences).toEqual([]);
    }
  });

  it('refuses binary data with a warning instead of coding noise', () => {
    const bytes = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    const a = coder.code(new TextDecoder().decode(bytes));
    expect(a.events).toEqual([]);
    expect(a.warnings.join(' ')).toMatch(/binary/);
  });

  it('replaces invalid characters without moving offsets', () => {
    const text = 'Poland\uFFFD arrested\u0000 two men in Warsaw.';
    const a = coder.code(text);
    expect(a.textLength).toBe(text.length);
    expect(a.warnings.join(' ')).toMatch(/replaced/);
    for (const s of a.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  it('cuts a 20 MB single line to the limit and says so', () => {
    const line = 'Troops moved toward the border and officials said talks would continue '.repeat(300_000);
    expect(line.length).toBeGreaterThan(20_000_000);
    const a = coder.code(line);
    expect(a.warnings.join(' ')).toMatch(/only the first/);
    expect(a.textLength).toBeLessThan(line.length);
  });

  it('accepts a non-string text without throwing', () => {
    const a = coder.code({ text: 42 as unknown as string });
    expect(a.warnings.join(' ')).toMatch(/not a string/);
  });
});
