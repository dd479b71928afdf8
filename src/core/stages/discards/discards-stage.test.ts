import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';

// Dictionaries written for this test.
const files = {
  'verbs/t.txt': 't.beat | 190 | beat|defeat',
  'actors/t.txt': ['country.t-pol | country | Poland | POL', 'country.t-ltu | country | Lithuania | LTU'].join('\n'),
  'discards/t.txt': ['d.football | sentence | football; World Cup', 'd.golf | article | golf tournament'].join('\n'),
};
const coder = createCoder({ dictionaries: [files], replaceDefaults: true });
const code = (text: string) => coder.code({ text, published: '2023-03-10' });
const triples = (events: { source: { code: string } | null; target: { code: string } | null; cameo: { code: string } }[]) =>
  events.map((e) => `${e.source?.code ?? '-'} ${e.cameo.code} ${e.target?.code ?? '-'}`);

describe('discards stage', () => {
  it('takes the events of a sentence with a sentence-scope phrase, and only those', () => {
    const a = code('Poland beat Lithuania at football. Poland defeated Lithuania.');
    expect(triples(a.events)).toEqual(['POL 190 LTU']);
    expect(a.events[0]!.evidence.sentenceIndex).toBe(1);
    expect(a.suppressedEvents.map((s) => [s.reason, s.ruleIds.at(-1)])).toEqual([['discarded', 'd.football']]);
  });

  it('takes every event of an article with an article-scope phrase, wherever it is', () => {
    const a = code('Poland defeated Lithuania. The golf tournament ended on Sunday.');
    expect(a.events).toEqual([]);
    expect(a.suppressedEvents.map((s) => s.reason)).toEqual(['discarded']);
  });

  it('matches whole words, not parts of them', () => {
    expect(triples(code('Poland defeated Lithuania in the world cups.').events)).toEqual(['POL 190 LTU']);
  });
});
