import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import type { CodedArticle } from '../../model/index.js';

/**
 * How wire copy breaks up a pattern's words, and patterns added for the gaps, with the bundled
 * dictionaries. The sentences are written for this test, not taken from an evaluation set.
 */
const coder = createCoder();
const code = (text: string): CodedArticle => coder.code({ text, published: '2024-05-10' });
const show = (a: CodedArticle) => a.events.map((e) => `${e.source?.code ?? '-'} ${e.cameo.code} ${e.target?.code ?? '-'} [${e.evidence.trigger.text}] ${e.ruleIds[0]}`).join('\n');
const rules = (a: CodedArticle) => a.events.map((e) => e.ruleIds[0]);

describe('wire phrasings', () => {
  it('steps over a bare weekday inside a phrase', () => {
    const a = code('The Nepali court opened a hearing Tuesday into the deaths of three protesters.');
    expect(rules(a), show(a)).toContain('090.hearing-into');
  });

  it('matches a hyphenated compound against its closed form', () => {
    const a = code('Ghana is ready to send 500 troops to the peace-keeping force in Mali.');
    expect(a.events.map((e) => e.cameo.code), show(a)).toContain('0334');
  });

  it.each([
    ['withholding a permit or registration is a rejection', 'Officials refused registration for the new party.', '120.deny-grant'],
    ['being opposed to mediation rejects it', 'Serbia is opposed to Russian mediation between the two sides.', '126.reject-mediation'],
    ['allowing food deliveries is humanitarian access', 'The government allowed the delivery of food aid to the besieged town.', '0863.allow-delivery'],
    ['returning seized weapons is returning property', 'The rebels returned the weapons seized from the peacekeepers.', '0842.return-property'],
    ['blocking transport into a city is a blockade', 'Protesters blocked transport into the capital.', '144.block-road'],
  ])('codes %s', (_what, text, rule) => {
    const a = code(text);
    expect(rules(a), show(a)).toContain(rule);
  });
});
