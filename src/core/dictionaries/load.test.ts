import { describe, expect, it } from 'vitest';
import { createCoder } from '../coder.js';
import { BUNDLED_FILES } from './bundled.generated.js';
import { DictionaryError } from './errors.js';
import { loadResources } from './load.js';
import { bundledGazetteer } from '../geo/bundled-gazetteer.js';

// The dictionaries we ship must load, and the event patterns must only use codes the codebook has.
const coder = createCoder();
const { verbs, codebook } = coder.resources;
const codes = codebook.codes();
const fileOf = (origin: string) => origin.slice(0, origin.lastIndexOf(':'));

describe('bundled dictionaries', () => {
  it('build a coder', () => {
    expect(codes.length).toBeGreaterThanOrEqual(300);
    expect(verbs.patterns.length).toBeGreaterThan(1000);
    expect(verbs.cues.length).toBeGreaterThan(5);
  });

  it('use only CAMEO codes the codebook has, in the file of their root', () => {
    for (const p of verbs.patterns) {
      expect(codebook.cameo(p.code), `${p.id} (${p.origin}) uses ${p.code}`).toBeDefined();
      const file = fileOf(p.origin).split('/').pop()!;
      if (/^\d\d-/.test(file)) expect(file.slice(0, 2), `${p.id} in ${file}`).toBe(p.code.slice(0, 2));
    }
  });

  it('give every pattern its own id', () => {
    const seen = new Map<string, string>();
    for (const p of verbs.patterns) {
      expect(seen.get(p.id), `${p.id} at ${p.origin}`).toBeUndefined();
      seen.set(p.id, p.origin);
    }
  });

  it('have one pattern file per CAMEO root and patterns for every 3- and 4-digit code', () => {
    const files = Object.keys(BUNDLED_FILES).filter((f) => /^verbs\/\d\d-[a-z-]+\.txt$/.test(f));
    expect(files.map((f) => f.slice(6, 8))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    const used = new Set(verbs.patterns.map((p) => p.code));
    const missing = codes.filter((c) => c.length > 2 && !used.has(c));
    expect(missing).toEqual([]);
  });

  it('define modality cues of every mood', () => {
    expect(new Set(verbs.cues.map((c) => c.mood))).toEqual(new Set(['intent', 'threat', 'negate', 'hypothetical']));
  });

  it('report a broken user file by file and line', () => {
    const bad = { 'verbs/mine.txt': '190.ok | 190 | attack\n190.bad | 190 | shell &nothing' };
    expect(() => loadResources([BUNDLED_FILES, bad], bundledGazetteer())).toThrow(DictionaryError);
    expect(() => loadResources([BUNDLED_FILES, bad], bundledGazetteer())).toThrow("verbs/mine.txt:2: unknown synset '&nothing'");
  });
});

describe('bundled event patterns on plain news sentences', () => {
  const coded = (text: string) => coder.code({ text, published: '2024-05-01' }).events.map((e) => `${e.source?.code ?? '-'} ${e.cameo.code} ${e.target?.code ?? '-'}`);
  const cases: [string, string][] = [
    ['Russia imposed sanctions on Iran.', 'RUS 163 IRN'],
    ['Japan appealed to China for humanitarian aid.', 'JPN 0233 CHN'],
    ['Germany praised France for its leadership.', 'DEU 051 FRA'],
    ['Niger severed diplomatic ties with France.', 'NER 161 FRA'],
    ['Japan apologized to South Korea.', 'JPN 055 KOR'],
    ['Israel shared intelligence with Jordan.', 'ISR 064 JOR'],
    ['Russia accused Ukraine of shelling the nuclear plant.', 'RUS 1123 UKR'],
    ['The United States urged Iran to release the detained sailors.', 'USA 0253 IRN'],
  ];
  for (const [text, want] of cases) it(text, () => expect(coded(text)).toContain(want));

  it('does not read a labour strike or a missile test as an attack', () => {
    // Suppressed events count too: the pattern matched even where no actor was found.
    const roots = (text: string) => {
      const a = coder.code({ text, published: '2024-05-01' });
      return [...a.events, ...a.suppressedEvents].map((e) => e.cameo.root);
    };
    const strike = roots('Teachers in France went on strike over pay.');
    expect(strike).toContain('14');
    expect(strike).not.toContain('19');
    const test = roots('North Korea fired a ballistic missile into the sea.');
    expect(test).toContain('15');
    expect(test).not.toContain('19');
  });
});
