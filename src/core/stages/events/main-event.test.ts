import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import type { CodedArticle, CodedEvent } from '../../model/index.js';

/**
 * Which event a sentence is about, and in which mood, with the bundled dictionaries. The
 * sentences are written for this test, not taken from an evaluation set.
 */
const coder = createCoder();
const code = (text: string): CodedArticle => coder.code({ text, published: '2024-05-10' });
const show = (a: CodedArticle) => a.events.map((e) => `${e.source?.code ?? '-'} ${e.cameo.code} ${e.target?.code ?? '-'} ${e.modality.mood} ${e.confidence} [${e.evidence.trigger.text}]`).join('\n');
const primary = (a: CodedArticle): CodedEvent | undefined => [...a.events].sort((x, y) => y.confidence - x.confidence || x.evidence.trigger.start - y.evidence.trigger.start)[0];

describe('main event and mood', () => {
  it('reads an obligation on a readiness, in reported speech, as a demand for the act', () => {
    const a = code('The Kenyan president said on Friday that Uganda must be ready to withdraw its troops from the border.');
    const e = primary(a);
    expect(e?.modality.mood, show(a)).toBe('demand');
    expect(e?.cameo.code.slice(0, 2), show(a)).toBe('10');
    expect(e?.source?.code.slice(0, 3), show(a)).toBe('KEN');
    expect(e?.target?.code.slice(0, 3), show(a)).toBe('UGA');
  });

  it('reads "must agree to" after a verb of announcing as a demand', () => {
    const a = code('Opposition leaders announced that the Zambian government must agree to a ceasefire with the rebels.');
    expect(primary(a)?.modality.mood, show(a)).toBe('demand');
    expect(primary(a)?.cameo.code.slice(0, 2), show(a)).toBe('10');
  });

  it('does not code an event noun inside an institution name', () => {
    const a = code('The Joint Ceasefire Violations Commission of Sudan said on Monday that it had found no evidence.');
    expect(a.events.filter((e) => e.cameo.code.startsWith('19')), show(a)).toEqual([]);
  });

  it('keeps the main clause ahead of a relative clause opened by "where"', () => {
    const a = code('Thousands of Kenyan students marched in Nairobi, where police killed two protesters last week.');
    expect(primary(a)?.cameo.code, show(a)).toBe('141');
  });

  it('codes "will not tolerate" as a threat, and a warning voicing it as that threat', () => {
    const a = code('The Kenyan police will not tolerate attacks on officers, the commander said.');
    expect(primary(a)?.cameo.code, show(a)).toBe('130');
    const b = code('The police commander warned that the army will no longer tolerate attacks on its bases.');
    expect(b.events.filter((e) => e.cameo.code.startsWith('01')), show(b)).toEqual([]);
    expect(b.events.some((e) => e.cameo.code.startsWith('13')), show(b)).toBe(true);
  });

  it('does not read a past "did not tolerate" as a threat', () => {
    const a = code('The old regime did not tolerate dissent.');
    expect(a.events.filter((e) => e.cameo.code.startsWith('13')), show(a)).toEqual([]);
  });

  it('reads a harmful act held out on a condition as a threat, and a bare possibility as hypothetical', () => {
    const a = code('Japan may suspend its aid to Myanmar if the junta does not free prisoners.');
    expect(primary(a)?.modality.mood, show(a)).toBe('threat');
    expect(primary(a)?.cameo.code.slice(0, 2), show(a)).toBe('13');
    const b = code('Japan may suspend its aid to Myanmar, a minister said.');
    expect(b.events.filter((e) => e.cameo.code.startsWith('13') || e.cameo.code.startsWith('16')), show(b)).toEqual([]);
  });

  it('lets a statement noun yield to the demand it carries', () => {
    const a = code('The rebel group issued a statement demanding that the Nigerian government release its leader.');
    expect(primary(a)?.cameo.code.slice(0, 2), show(a)).toBe('10');
  });

  it('reads "as" with a subject and a verb as a subordinate clause', () => {
    const a = code('Kenya lifted the curfew on Monday as police in Uganda arrested opposition supporters.');
    expect(primary(a)?.cameo.code, show(a)).toBe('0813');
  });

  it('keeps the actor after an intent cue as the partner, not as someone asked', () => {
    const a = code('Japan agreed with India to expand defence ties.');
    expect(primary(a)?.modality.mood, show(a)).toBe('intent');
    expect(primary(a)?.cameo.code.slice(0, 2), show(a)).toBe('03');
    expect(primary(a)?.target?.code.slice(0, 3), show(a)).toBe('IND');
  });

  it('scores a verb coordinated with an infinitive as an infinitive', () => {
    const a = code('The militia refused to allow UN planes to land and evacuate the wounded.');
    expect(primary(a)?.cameo.code.slice(0, 2), show(a)).toBe('12');
  });
});
