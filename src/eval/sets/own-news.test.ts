import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeEvent, fakeItem } from '../testing.js';
import { HELD_OUT_2_FILE, heldOut2, OWN_NEWS_FILE, ownNews, scoreOwnNews } from './own-news.js';
import { readOwnNews } from './own-news-reader.js';

// Lines of our own writing in the file's shape (a blank line is allowed).
const LINES = [
  '{"id":"t-1","text":"Ruritania recalled its ambassador from Freedonia on Monday.","published":"2025-01-06","events":[{"source":"RURGOV","target":"FRE","code":"161"}],"note":"why"}',
  '',
  '{"id":"t-2","text":"The U.N. urged calm.","published":"2025-01-07","events":[{"source":"IGOUNO","target":"","code":"020"}]}',
  '{"id":"t-3","text":"It rained in Freedonia.","published":"2025-01-08","events":[]}',
  '{"id":"t-4","text":"Ruritania and Freedonia signed a treaty.","events":[{"source":"RUR","target":"FRE","code":"057"},{"source":"FRE","target":"RUR","code":"057"}]}',
].join('\n');

describe('own-news reader', () => {
  it('reads ids, dates, gold events with unnamed actors, and sentences with no event', () => {
    const items = readOwnNews(LINES);
    expect(items.map((i) => i.id)).toEqual(['t-1', 't-2', 't-3', 't-4']);
    expect(items[0]).toMatchObject({ published: '2025-01-06', note: 'why', events: [{ source: 'RURGOV', target: 'FRE', code: '161' }] });
    expect(items[1]!.events[0]!.target).toBe('');
    expect(items[2]!.events).toEqual([]);
    expect(items[3]).toMatchObject({ published: null, note: null });
  });

  it('throws on a malformed line, with its number', () => {
    expect(() => readOwnNews('{"id":"a","text":"x","events":[]}\n{"id":"a","text":"y","events":[]}')).toThrow(/line 2: duplicate id a/);
    expect(() => readOwnNews('{"id":"a","text":"x","events":[{"source":"RUR","target":"FRE","code":"19x"}]}')).toThrow(/line 1: event 1: bad code/);
    expect(() => readOwnNews('{"id":"a","text":"x","published":"5 May 2025","events":[]}')).toThrow(/published/);
    expect(() => readOwnNews('not json')).toThrow(/line 1: not JSON/);
  });

  /** The file reads, has at least `count` sentences, `perRoot` per CAMEO root and ten with no event. */
  function expectCoverage(file: string, name: string, count: number, perRootMin: number) {
    const items = readOwnNews(readFileSync(file, 'utf8'), name);
    expect(items.length).toBeGreaterThanOrEqual(count);
    const perRoot = new Map<string, number>();
    for (const i of items) for (const r of new Set(i.events.map((e) => e.code.slice(0, 2)))) perRoot.set(r, (perRoot.get(r) ?? 0) + 1);
    for (let r = 1; r <= 20; r++) expect(perRoot.get(String(r).padStart(2, '0')) ?? 0, `root ${r}`).toBeGreaterThanOrEqual(perRootMin);
    expect(items.filter((i) => !i.events.length).length).toBeGreaterThanOrEqual(10);
  }

  it('the in-repo file reads, and covers every CAMEO root with at least five sentences', () => {
    expectCoverage(OWN_NEWS_FILE, 'own-news', 150, 5);
  });

  it('the held-out-2 file reads, and covers every CAMEO root with at least four sentences', () => {
    expectCoverage(HELD_OUT_2_FILE, 'held-out-2', 120, 4);
  });

  it('names a malformed line by its set', () => {
    expect(() => readOwnNews('not json', 'held-out-2')).toThrow(/^held-out-2 line 1: not JSON/);
  });
});

describe('in-repo sets', () => {
  it('own-news and held-out-2 are the same set over their own files', () => {
    expect(ownNews).toMatchObject({ name: 'own-news', requires: [OWN_NEWS_FILE] });
    expect(heldOut2).toMatchObject({ name: 'held-out-2', requires: [HELD_OUT_2_FILE] });
  });
});

describe('own-news scorer', () => {
  it('scores country-root triples on two-sided events, the root of one-event sentences, codes, and no-event sentences', () => {
    const items = readOwnNews(LINES);
    const ours: Record<string, ReturnType<typeof fakeItem>> = {
      // right countries and root, wrong exact code (160 for 161)
      't-1': fakeItem([fakeEvent({ source: 'RURGOV', target: 'FREGOV', code: '160' })]),
      // one-sided on both sides: not in the triples; right root and code
      't-2': fakeItem([fakeEvent({ source: 'IGOUNO', code: '020' })]),
      // an event where there is none
      't-3': fakeItem([fakeEvent({ source: 'FRE', code: '010' })]),
      // one of two reciprocal events
      't-4': fakeItem([fakeEvent({ source: 'RURGOV', target: 'FREGOV', code: '057' })]),
    };
    const { rows, misses } = scoreOwnNews(items, (i) => ours[i.id]!);
    expect(scoreOwnNews(items, (i) => ours[i.id]!, true, 'held-out-2').rows.every((r) => r.set === 'held-out-2')).toBe(true);
    expect(rows.every((r) => r.set === 'own-news') && misses.every((m) => m.set === 'own-news')).toBe(true);
    const row = (m: string) => rows.find((r) => r.metric === m)!;
    // gold triples: t-1 RUR FRE 16, t-4 RUR FRE 05 + FRE RUR 05; ours: RUR FRE 16, RUR FRE 05
    expect(row('(src country, tgt country, root)')).toMatchObject({ precision: 1, recall: 2 / 3 });
    expect(row('(src country, tgt country, code)')).toMatchObject({ precision: 0.5, recall: 1 / 3 });
    expect(row('(src country, tgt country, root)').note).toMatch(/^3 gold events with both actors; 2 one-sided/);
    expect(row('root, one-event sentences')).toMatchObject({ items: 2, accuracy: 1 });
    // codes: gold 161, 020, 057, 057; ours 160, 020, 010, 057
    expect(row('exact code')).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(row('no event where gold has none')).toMatchObject({ items: 1, accuracy: 0 });
    expect(misses.map((m) => m.id)).toEqual(['t-1', 't-3', 't-4']);
    expect(misses[1]!.gold).toBe('no event');
    expect(misses[0]!.gold).toBe('RURGOV -161-> FRE');
  });
});
