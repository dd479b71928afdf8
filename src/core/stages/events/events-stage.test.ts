import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import type { CodedArticle } from '../../model/article.js';

// Dictionaries written for these tests (the bundled ones grow independently).
const dictionaries = [
  {
    'verbs/synsets.txt': '&ties | relations; ties',
    'verbs/t.txt': [
      't.expand | 030 | expand|deepen &ties (with +)',
      't.sever | 161 | sever|cut &ties with +',
      't.detain | 173 | detain|arrest',
      't.shell | 195 | shell|bombard',
      't.meet | 036 | meet (with) +',
      't.sanction | 163 | impose sanctions on +',
      't.say | 010 | say',
    ].join('\n'),
    'verbs/modality.txt': ['m.vow | intent | vow; pledge; ready; be ready', 'm.threat | threat | threaten', 'm.if | hypothetical | if; unless'].join('\n'),
    'actors/t.txt': [
      'person.t-alpha | person | Anna Alpha | FRAGOV president 2020-01-01..',
      'person.t-beta | person | Boris Beta | DEUGOV chancellor 2019-01-01..',
    ].join('\n'),
    'agents/t.txt': ['agent.t-police | COP | police', 'agent.t-troops | MIL | troops; forces', 'agent.t-protester | CVL | protester'].join('\n'),
  },
];
const coder = createCoder({ dictionaries });
const code = (text: string): CodedArticle => coder.code({ text, published: '2023-03-10' });
const triples = (a: CodedArticle) => a.events.map((e) => `${e.source?.code ?? '-'} ${e.cameo.code} ${e.target?.code ?? '-'}`);

describe('events stage', () => {
  it('codes subject, verb and object', () => {
    expect(triples(code('Poland arrested two Belarusian troops.'))).toEqual(['POL 173 BLRMIL']);
  });

  it('swaps nothing in the passive: the by-agent is the source', () => {
    expect(triples(code('Two Belarusian troops were arrested by the Polish police.'))).toEqual(['POLCOP 173 BLRMIL']);
  });

  it('finds the subject of a relative clause and of the main clause', () => {
    const a = code('Latvia, which has been shelled by Russian forces since January, cut ties with Minsk.');
    expect(triples(a)).toContain('RUSMIL 195 LVA');
    expect(triples(a)).toContain('LVA 161 BLRGOV');
  });

  it('does not code a negated event as having happened', () => {
    const a = code('Finland did not impose sanctions on Norway.');
    expect(a.events).toEqual([]);
    expect(a.suppressedEvents[0]?.reason).toBe('negated');
  });

  it('codes an intention to cooperate as 03 and an intention to use force as 13', () => {
    const a = code('Anna Alpha vowed to deepen relations with Germany. Serbia said it was ready to shell Kosovo.');
    const [first, second] = a.events;
    expect(first?.cameo.root).toBe('03');
    expect(first?.modality.mood).toBe('intent');
    expect(second?.cameo.root).toBe('13');
    expect(second?.modality.mood).toBe('threat');
  });

  it('keeps the reported event and its reporter, not the statement', () => {
    const a = code('Anna Alpha said Boris Beta met Chinese officials.');
    expect(triples(a)).toEqual(['DEUGOV 036 CHNGOV']);
    expect(a.events[0]?.modality.reportedBy).toBe('Anna Alpha');
  });

  it('does not code a hypothetical event', () => {
    expect(code('If Austria expands ties with Hungary, Italy will object.').events).toEqual([]);
  });

  it('records the evidence and the rule ids', () => {
    const text = 'Poland arrested two Belarusian troops.';
    const e = code(text).events[0]!;
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe(text);
    expect(e.ruleIds).toContain('t.detain');
    expect(text.slice(e.source!.start, e.source!.end)).toBe('Poland');
  });
});
