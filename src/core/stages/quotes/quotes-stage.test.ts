import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import type { Quote } from '../../model/quote.js';
import { tokenizeStage } from '../tokenize/index.js';
import { quotesStage } from './index.js';

// Without the actor stages speakers are the words of the text, so these cases test the quote
// rules alone; the last block runs the whole pipeline.
const bare = createCoder({ stages: [tokenizeStage, quotesStage] });
const quotesOf = (text: string): Quote[] => bare.code(text).quotes;
const direct = (text: string) => quotesOf(text).filter((q) => q.kind === 'direct');
const indirect = (text: string) => quotesOf(text).filter((q) => q.kind === 'indirect');
const summary = (q: Quote | undefined) => q && { text: q.text, speaker: q.speaker?.name ?? null, cue: q.cue?.text ?? null };

describe('quotes: quotation marks', () => {
  it.each([
    ['curly double', '“We will not back down,” said the minister.'],
    ['straight double', '"We will not back down," said the minister.'],
    ['curly single', '‘We will not back down,’ said the minister.'],
    ['guillemets', '«We will not back down,» said the minister.'],
    ['doubled apostrophes', "''We will not back down,'' said the minister."],
  ])('%s', (_, text) => {
    expect(summary(direct(text)[0])).toEqual({ text: 'We will not back down,', speaker: 'the minister', cue: 'said' });
  });

  it('keeps apostrophes inside a single-quoted quotation', () => {
    const [q] = direct('‘The country’s borders aren’t negotiable,’ the spokesman said.');
    expect(q?.text).toBe('The country’s borders aren’t negotiable,');
    expect(q?.speaker?.name).toBe('the spokesman');
  });

  it('runs a quotation over sentences and over paragraphs that reopen with a mark', () => {
    const text = 'Mr. Lee said: “The talks failed. We tried everything.\n\n“Now we wait for their answer.”';
    const [q] = direct(text);
    expect(q?.text).toBe('The talks failed. We tried everything.\n\n“Now we wait for their answer.');
    expect(q?.speaker?.name).toBe('Mr. Lee');
  });
});

describe('quotes: speakers', () => {
  it('finds the speaker after the quotation, inverted or not, with an appositive', () => {
    expect(summary(direct('“It is over,” said Anna Berg.')[0])?.speaker).toBe('Anna Berg');
    expect(summary(direct('“It is over,” Anna Berg said on Monday.')[0])?.speaker).toBe('Anna Berg');
    expect(summary(direct('“It is over,” Anna Berg, the party leader, told reporters.')[0])).toEqual({ text: 'It is over,', speaker: 'Anna Berg', cue: 'told' });
  });

  it('finds the speaker before the quotation', () => {
    expect(summary(direct('The ministry said in a statement: “The border stays closed.”')[0])).toEqual({ text: 'The border stays closed.', speaker: 'The ministry', cue: 'said' });
  });

  it('attributes a partial quotation inside reported speech (the seed article)', () => {
    const putin = direct('In a letter sent to North Korea’s leader Kim Jong Un, the President of Russia suggest the two countries ‘expand the comprehensive and constructive bilateral relations with common efforts.’');
    expect(putin[0]?.text).toContain('expand the comprehensive and constructive bilateral relations with common efforts');
    expect(putin[0]?.speaker?.name).toBe('the President of Russia');
    const kim = direct('In a separate reply, Mr. Kim said as a friendship had been forged in the war, the “strategic and tactical cooperation, support and solidarity” between the nations had reached a new level.');
    expect(summary(kim[0])).toEqual({ text: 'strategic and tactical cooperation, support and solidarity', speaker: 'Mr. Kim', cue: 'said' });
  });

  it('reads "according to" before and after the content', () => {
    expect(summary(indirect('According to the state news agency, the letter arrived on Monday.')[0])).toEqual({ text: 'the letter arrived on Monday', speaker: 'the state news agency', cue: 'According to' });
    expect(summary(indirect('The letter arrived on Monday, according to the state news agency.')[0])?.speaker).toBe('the state news agency');
    expect(summary(direct('“The letter arrived,” according to a senior official.')[0])?.speaker).toBe('a senior official');
  });

  it('carries a speaker on to the next quotation with no cue of its own', () => {
    const qs = direct('“We are ready,” said Anna Berg. “We have been ready for weeks.”');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Anna Berg', 'Anna Berg']);
    expect(qs[1]?.ruleIds).toContain('quote.continued');
    expect(qs[1]?.cue?.start).toBe(qs[0]?.cue?.start);
  });

  it('resolves "he" to the last named speaker when coreference has nothing', () => {
    const qs = direct('“We are ready,” said Anna Berg. Later the talks stalled.\n\n“Nobody wants this,” she said.');
    expect(qs[1]?.speaker?.name).toBe('Anna Berg');
    expect(qs[1]?.ruleIds).toContain('quote.speaker.previous');
  });
});

describe('quotes: reported speech', () => {
  it('takes the clause after the cue, with or without "that", over adverbials', () => {
    expect(summary(indirect('The National Guard said in a statement on Monday that the men were being held in Kherson.')[0])).toEqual({ text: 'that the men were being held in Kherson', speaker: 'National Guard', cue: 'said' });
    expect(summary(indirect('Officials said the border would reopen soon.')[0])?.text).toBe('the border would reopen soon');
  });

  it('takes the sentence before a trailing cue, and both halves around a parenthetical one', () => {
    expect(summary(indirect('The border will reopen next week, the ministry said.')[0])).toEqual({ text: 'The border will reopen next week', speaker: 'the ministry', cue: 'said' });
    const halves = indirect('The border, the ministry said, will reopen next week.');
    expect(halves.map((q) => q.text)).toEqual(['The border', 'will reopen next week']);
  });

  it('takes "to" after verbs of urging', () => {
    expect(summary(indirect('The envoy urged both sides to return to the table.')[0])?.text).toBe('to return to the table');
  });
});

describe('quotes: what is not a quotation', () => {
  it('ignores scare quotes of one or two words without a cue', () => {
    expect(quotesOf('The agency did not specify the “hostile forces” it meant.')).toEqual([]);
    expect(quotesOf('The rebels run two “people’s republics” in the east.')).toEqual([]);
  });

  it('ignores titles in marks', () => {
    expect(direct('She appeared on a show called “Face the Nation Tonight Live” last year.')).toEqual([]);
  });

  it('does not take a passive "is expected to" as anyone\'s speech', () => {
    expect(quotesOf('The vote is expected to take place next week.')).toEqual([]);
  });
});

describe('quotes: with actors and coreference', () => {
  it('gives the seed article quotes to Putin and Kim through coreference', () => {
    // Our own two-line dictionary, so the case does not depend on the bundled people list.
    const people = 'person.test-putin | person | Vladimir Putin; Putin | RUSGOV\nperson.test-kim | person | Kim Jong Un; Kim Jong-un | PRKGOV\n';
    const coder = createCoder({ dictionaries: [{ 'actors/test-people.txt': people }] });
    const article = coder.code({
      text: 'Vladimir Putin wants closer ties with North Korea. He wrote to the nation’s leader Kim Jong Un to suggest the two countries work on their bond and “expand the comprehensive and constructive bilateral relations with common efforts.”\n\nIn a separate reply, Mr. Kim said the “strategic and tactical cooperation, support and solidarity” between the nations had reached a new level.',
      published: '2022-08-16',
    });
    const q1 = article.quotes.find((q) => q.kind === 'direct' && q.text.includes('expand the comprehensive'));
    const q2 = article.quotes.find((q) => q.kind === 'direct' && q.text.includes('strategic and tactical'));
    expect(q1?.speaker).toMatchObject({ name: 'Vladimir Putin', code: 'RUSGOV' });
    expect(q2?.speaker).toMatchObject({ name: 'Kim Jong Un', code: 'PRKGOV' });
    expect(q2?.speaker?.entityId).toBeTruthy();
  });
});

describe('quotes: more speaker shapes', () => {
  it('reads transcript and headline labels', () => {
    const qs = quotesOf('"WALLACE: Will she be there? I want to know.\n\n"PENCE: She will not be attending the debate.');
    expect(qs.map((q) => [q.speaker?.name, q.cue?.text, q.text])).toEqual([
      ['WALLACE', ':', 'Will she be there? I want to know'],
      ['PENCE', ':', 'She will not be attending the debate'],
    ]);
    expect(quotesOf('Correction: An earlier version misspelled the name.')).toEqual([]);
  });

  it('reads a dash and a name after a quotation as its signature', () => {
    expect(summary(direct('“He represents our greatest shame.” ― Sonya Herridge')[0])).toEqual({ text: 'He represents our greatest shame.', speaker: 'Sonya Herridge', cue: '―' });
  });

  it('gives a participle the subject of its clause', () => {
    expect(summary(indirect('Clinton chimed in on Twitter, saying that officials should release the videos.')[0])?.speaker).toBe('Clinton');
    expect(summary(indirect('Mr. Lee backed the plan in 2015 and said it would work.')[0])?.speaker).toBe('Mr. Lee');
  });

  it('steps over a time phrase and a party label before the verb', () => {
    expect(summary(indirect('The Times on Saturday wrote that the loss was large.')[0])?.speaker).toBe('Times');
    expect(summary(indirect('Rep. Gregory Meeks (D-N.Y.), chairman of the caucus, said members will help.')[0])?.speaker).toBe('Rep. Gregory Meeks (D-N.Y.)');
  });
});

describe('quotes: fewer false attributions', () => {
  it('reads "..., said NAME, an adviser who ..." as the speaker, not the content', () => {
    const qs = indirect('The campaign is over, said Brian Baker, an adviser who runs the group.');
    expect(qs.map(summary)).toEqual([{ text: 'The campaign is over', speaker: 'Brian Baker', cue: 'said' }]);
  });

  it('does not take a time phrase or a clause opener for the subject', () => {
    expect(summary(indirect('Trump this week said he would consider it.')[0])?.speaker).toBe('Trump');
    expect(summary(indirect('They met shortly after Trump said he believes it.')[0])?.speaker).toBe('Trump');
  });

  it('needs a finite verb for a clause without "that"', () => {
    expect(indirect('The center maintains a program to develop young leaders.')).toEqual([]);
  });
});

describe('quotes: unnamed officials', () => {
  it('keeps "a spokesman for the ministry" whole and ignores "who asked not to be named"', () => {
    const qs = indirect('A spokesman for the ministry, who asked not to be named, said talks would resume.');
    const said = qs.find((q) => q.cue?.text === 'said');
    expect(summary(said)).toEqual({ text: 'talks would resume', speaker: 'A spokesman for the ministry', cue: 'said' });
    expect(qs.some((q) => q.text.includes('A spokesman'))).toBe(false);
  });
});
