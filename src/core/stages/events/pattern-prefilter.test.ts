import { describe, expect, it } from 'vitest';
import type { Token } from '../../model/sentence.js';
import { mayMatch, scopeForms } from './pattern-prefilter.js';
import { emptyVerbLexicon, parseSynsets, parseVerbPatterns } from './verb-lexicon.js';

const lex = emptyVerbLexicon();
parseSynsets('verbs/synsets.txt', '&deals | trade deals; pacts', lex);
parseVerbPatterns('verbs/t.txt', ['t.sign | 057 | sign * &deals with +', 't.meet | 040 | meet (with) +', 't.host | 043 | host * =in _^ * with +'].join('\n'), lex);
const pattern = (id: string) => lex.patterns.find((p) => p.id === id)!;

/** Tokens carrying just what the prefilter reads. */
const forms = (words: [key: string, lemma: string, stems?: string[]][]) =>
  scopeForms({ tokens: words.map(([key, lemma, stems]) => ({ key, lemma, stems: stems ?? [] }) as unknown as Token), from: 0, to: words.length, mentionAt: () => undefined });

describe('mayMatch', () => {
  it('rules a pattern out when a required word or synset member is nowhere in the scope', () => {
    expect(mayMatch(pattern('t.sign'), forms([['signed', 'sign'], ['pacts', 'pact', ['pact']]]))).toBe(false);
    expect(mayMatch(pattern('t.sign'), forms([['signed', 'sign'], ['trade', 'trade'], ['with', 'with']]))).toBe(false);
    expect(mayMatch(pattern('t.host'), forms([['hosted', 'host'], ['with', 'with']]))).toBe(false);
  });

  it('keeps it when every required word occurs as a key, lemma or stem (optional words are not required)', () => {
    expect(mayMatch(pattern('t.sign'), forms([['signed', 'sign'], ['pacts', 'pact'], ['with', 'with']]))).toBe(true);
    expect(mayMatch(pattern('t.sign'), forms([['signed', 'sign'], ['trade', 'trade'], ['deals', 'deal', ['deal']], ['with', 'with']]))).toBe(true);
    expect(mayMatch(pattern('t.meet'), forms([['met', 'meet']]))).toBe(true);
    expect(mayMatch(pattern('t.host'), forms([['hosted', 'host'], ['in', 'in'], ['with', 'with']]))).toBe(true);
  });
});
