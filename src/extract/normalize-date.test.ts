import { describe, expect, it } from 'vitest';
import { normalizeDate } from './normalize-date.js';

describe('normalizeDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024-03-01T23:30:00-05:00', '2024-03-01T23:30:00-05:00'],
    ['2024-03-01T23:30-0500', '2024-03-01T23:30:00-05:00'],
    ['2024-03-01 10:15:00', '2024-03-01T10:15:00'],
    ['2024-03-01T10:15:00.123Z', '2024-03-01T10:15:00Z'],
    ['20240301', '2024-03-01'],
    ['Mon, 01 Jan 2024 10:00:00 +0200', '2024-01-01T10:00:00+02:00'],
    ['Tue, 5 Mar 2024 08:00:00 GMT', '2024-03-05T08:00:00Z'],
    ['5 March 2024', '2024-03-05'],
    ['1709280000', '2024-03-01T08:00:00Z'],
  ])('%s → %s', (raw, want) => expect(normalizeDate(raw)).toBe(want));

  it.each(['', 'yesterday', 'not a date', '0000-00-00', '2024-13-01', '1066-10-14'])('rejects %j', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
  it('rejects non-strings', () => {
    expect(normalizeDate({})).toBeNull();
    expect(normalizeDate(null)).toBeNull();
  });
});
