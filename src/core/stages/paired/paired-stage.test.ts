import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';

// Dictionaries written for this test.
const coder = createCoder({
  dictionaries: [
    {
      'verbs/t.txt': ['t.visit | 042:043 | visit', 't.meet | 036 | meet'].join('\n'),
      'actors/t.txt': ['country.t-pol | country | Poland | POL', 'country.t-ltu | country | Lithuania | LTU'].join('\n'),
    },
  ],
  replaceDefaults: true,
});
const triples = (text: string) => coder.code({ text, published: '2023-03-10' }).events.map((e) => `${e.source?.code ?? '-'} ${e.cameo.code} ${e.target?.code ?? '-'}`);

describe('paired codes', () => {
  it('add the second code from the target back to the source', () => {
    const a = coder.code({ text: 'Poland visited Lithuania.', published: '2023-03-10' });
    expect(a.events.map((e) => `${e.source?.code} ${e.cameo.code} ${e.target?.code}`)).toEqual(['POL 042 LTU', 'LTU 043 POL']);
    expect(a.events[1]!.ruleIds).toContain('event.paired-code');
    expect(a.events[1]!.evidence).toEqual(a.events[0]!.evidence);
  });

  it('need both actors, and leave other patterns alone', () => {
    expect(triples('Poland visited on Monday.')).toEqual(['POL 042 -']);
    expect(triples('Poland met Lithuania.')).toEqual(['POL 036 LTU']);
  });

  it('only pair an event coded with the pattern\'s own code: a promised visit is not yet hosted', () => {
    expect(triples('Poland will visit Lithuania.').some((t) => t.includes('043'))).toBe(false);
  });
});
