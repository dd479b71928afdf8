import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES } from '../dictionaries/bundled.generated.js';
import { dictLines } from '../dictionaries/lines.js';
import { emptyVerbLexicon, parseIntentMap } from '../stages/events/verb-lexicon.js';
import { makeCodebook, parseCameo, parsePlover } from './parse-codebook.js';

// The codebook we ship: dictionaries/codebook/{cameo,plover,intent}.txt.
const text = (path: string): string => {
  const t = BUNDLED_FILES[path];
  if (t === undefined) throw new Error(`${path} is not bundled`);
  return t;
};
const cameo = parseCameo('codebook/cameo.txt', text('codebook/cameo.txt'));
const plover = parsePlover('codebook/plover.txt', text('codebook/plover.txt'));
const book = makeCodebook(cameo, plover);
const codes = [...cameo.keys()];
const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('bundled CAMEO codebook', () => {
  it('has the 20 roots and about 310 codes', () => {
    for (const r of ROOTS) expect(cameo.has(r), `root ${r}`).toBe(true);
    expect(codes.length).toBeGreaterThanOrEqual(300);
  });

  it('lists every code once', () => {
    const seen = new Map<string, number>();
    for (const { line, fields } of dictLines('cameo.txt', text('codebook/cameo.txt'), { min: 3, max: 3 })) {
      expect(seen.has(fields[0]!), `${fields[0]} repeated on line ${line} (first on ${seen.get(fields[0]!)})`).toBe(false);
      seen.set(fields[0]!, line);
    }
  });

  it('gives every 3- and 4-digit code a listed parent and the base form of each root (010, 020 ...)', () => {
    for (const c of codes) if (c.length > 2) expect(cameo.has(c.slice(0, c.length - 1)), `parent of ${c}`).toBe(true);
    for (const r of ROOTS) expect(cameo.has(`${r}0`), `${r}0`).toBe(true);
  });

  it('keeps Goldstein scores in -10..10, cooperative roots non-negative and material conflict negative', () => {
    for (const e of cameo.values()) {
      expect(Math.abs(e.goldstein), e.code).toBeLessThanOrEqual(10);
      const root = Number(e.code.slice(0, 2));
      if (root >= 3 && root <= 8) expect(e.goldstein, e.code).toBeGreaterThanOrEqual(0);
      if (root >= 14) expect(e.goldstein, e.code).toBeLessThan(0);
    }
  });

  it('maps every code to a PLOVER type of its own (no parent fallback, no UNKNOWN)', () => {
    for (const c of codes) {
      expect(plover.has(c), `${c} has no line in plover.txt`).toBe(true);
      expect(book.plover(c).type).toMatch(/^[A-Z]+$/);
    }
    for (const c of plover.keys()) expect(cameo.has(c), `plover.txt maps unknown code ${c}`).toBe(true);
  });

  it('uses the PLOVER crosswalk types for the main families', () => {
    const type = (c: string) => book.plover(c).type;
    expect([type('036'), type('042'), type('051'), type('061'), type('073'), type('0841')]).toEqual(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT']);
    expect([type('1053'), type('112'), type('128'), type('138'), type('141'), type('154'), type('163'), type('173'), type('186'), type('195')]).toEqual([
      'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'COERCE', 'ASSAULT', 'ASSAULT',
    ]);
  });
});

describe('bundled intent map', () => {
  const lex = emptyVerbLexicon();
  parseIntentMap('codebook/intent.txt', text('codebook/intent.txt'), lex);

  it('only names codes the codebook has', () => {
    for (const m of [lex.intent, lex.threat]) {
      for (const [prefix, to] of m) {
        expect(cameo.has(prefix), `prefix ${prefix}`).toBe(true);
        expect(cameo.has(to), `${prefix} -> ${to}`).toBe(true);
      }
    }
  });

  it('turns intended cooperation into 03x and threats into 13x', () => {
    for (const [prefix, to] of lex.intent) if (Number(prefix.slice(0, 2)) <= 8) expect(to.slice(0, 2), `${prefix} -> ${to}`).toBe('03');
    for (const [prefix, to] of lex.threat) expect(to.slice(0, 2), `${prefix} -> ${to}`).toBe('13');
  });

  it('covers every cooperative and conflictual family that has such a form', () => {
    const longest = (m: Map<string, string>, code: string) => {
      for (let c = code; c.length >= 2; c = c.slice(0, -1)) if (m.has(c)) return m.get(c);
      return undefined;
    };
    for (const c of codes.filter((c) => /^0[4-8]/.test(c))) expect(longest(lex.intent, c), `intent of ${c}`).toBeDefined();
    for (const c of codes.filter((c) => /^1[4-9]|^20/.test(c))) expect(longest(lex.threat, c), `threat of ${c}`).toBeDefined();
    expect([longest(lex.intent, '046'), longest(lex.intent, '061'), longest(lex.intent, '0871'), longest(lex.threat, '163'), longest(lex.threat, '192')]).toEqual([
      '036', '0311', '0356', '1312', '1382',
    ]);
  });
});
