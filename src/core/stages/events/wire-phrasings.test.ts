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

  it('codes withholding a permit or registration as a rejection', () => {
    const a = code('Officials refused registration for the new party.');
    expect(rules(a), show(a)).toContain('120.deny-grant');
  });

  it('codes being opposed to mediation as rejecting it', () => {
    const a = code('Serbia is opposed to Russian mediation between the two sides.');
    expect(rules(a), show(a)).toContain('126.reject-mediation');
  });

  it('codes allowing food deliveries as humanitarian access', () => {
    const a = code('The government allowed the delivery of food aid to the besieged town.');
    expect(rules(a), show(a)).toContain('0863.allow-delivery');
  });

  it('codes returning seized weapons as returning property', () => {
    const a = code('The rebels returned the weapons seized from the peacekeepers.');
    expect(rules(a), show(a)).toContain('0842.return-property');
  });

  it('codes blocking transport into a city as a blockade', () => {
    const a = code('Protesters blocked transport into the capital.');
    expect(rules(a), show(a)).toContain('144.block-road');
  });
});
