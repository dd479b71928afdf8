// The highlight cutter of the UI (web/src/segments.ts) is pure, so it is tested here without a browser.
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../src/server/highlights.js';
import { segments } from '../../web/src/segments.js';

const text = 'Russia accused Ukraine in Kyiv.';
const hl = (kind: Highlight['kind'], word: string, event?: number): Highlight => {
  const start = text.indexOf(word);
  return { kind, start, end: start + word.length, label: word, ...(event ? { event } : {}) };
};
const pieces = (list: Highlight[], from = 0, to = text.length) => segments(from, to, list).map((s) => [text.slice(s.start, s.end), s.kinds.join('+')]);

describe('segments', () => {
  it('cuts the text into flat pieces that cover it exactly once', () => {
    const list = [hl('actor', 'Russia', 1), hl('trigger', 'accused', 1), hl('place', 'Kyiv')];
    const segs = segments(0, text.length, list);
    expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
    expect(pieces(list)).toEqual([['Russia', 'actor'], [' ', ''], ['accused', 'trigger'], [' Ukraine in ', ''], ['Kyiv', 'place'], ['.', '']]);
  });

  it('splits overlapping and nested spans and keeps every kind over a piece, trigger first', () => {
    const quote = { kind: 'quote' as const, start: 0, end: text.indexOf(' in'), label: 'q' };
    expect(pieces([quote, hl('actor', 'Ukraine'), hl('trigger', 'accused Ukraine')])).toEqual([
      ['Russia ', 'quote'],
      ['accused ', 'trigger+quote'],
      ['Ukraine', 'trigger+actor+quote'],
      [' in Kyiv.', ''],
    ]);
  });

  it('clips spans to the stretch asked for and records the events over each piece', () => {
    const segs = segments(7, 22, [hl('actor', 'Russia', 1), hl('trigger', 'accused', 1), hl('actor', 'Ukraine', 1)]);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.events])).toEqual([['accused', [1]], [' ', []], ['Ukraine', [1]]]);
    expect(segments(0, 5, [])).toEqual([{ start: 0, end: 5, kinds: [], labels: [], events: [] }]);
  });
});
