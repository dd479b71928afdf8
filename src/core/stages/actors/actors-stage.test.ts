import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import { corefStage } from '../coref/index.js';
import { tokenizeStage } from '../tokenize/index.js';
import { actorsStage } from './index.js';
import type { CoderContext } from '../../pipeline/context.js';

// Agent nouns written for these tests; people come from the bundled office-holder dictionaries.
const dictionaries = [
  {
    'agents/test-agents.txt': [
      'agent.t-guard | MIL COP | national guard',
      'agent.t-president | GOV | president | person title=president',
      'agent.t-leader | GOV | leader | person title=leader',
      'agent.t-troops | MIL | troops; forces',
    ].join('\n'),
  },
];

function mentionsOf(text: string, published = '2022-08-16') {
  let seen: CoderContext | null = null;
  const spy = { name: 'spy', run: (ctx: CoderContext) => (seen = ctx) };
  const coder = createCoder({ dictionaries, stages: [tokenizeStage, actorsStage, corefStage, spy] });
  const coded = coder.code({ text, published });
  return { mentions: seen!.mentions, coded };
}

describe('actors stage', () => {
  it('combines a country and an agent noun', () => {
    const { mentions } = mentionsOf("It comes as Russia's National Guard says it has detained 50 people.");
    const guard = mentions.find((m) => m.text === "Russia's National Guard");
    expect(guard?.code).toBe('RUSMILCOP');
    expect(guard?.roles).toEqual(['MIL', 'COP']);
  });

  it('resolves a title with a country to the office-holder on the article date', () => {
    const { mentions } = mentionsOf('Yesterday the President of Russia wrote a letter.');
    const p = mentions.find((m) => m.text === 'President of Russia');
    expect(p?.name).toBe('Vladimir Putin');
    expect(p?.code).toBe('RUSGOV');
    const before = mentionsOf('Yesterday the President of Russia wrote a letter.', '2010-01-01').mentions;
    expect(before.find((m) => m.text === 'President of Russia')?.name).toBe('Dmitry Medvedev');
  });

  it('absorbs a title before a name and resolves short names and pronouns', () => {
    const { mentions, coded } = mentionsOf("North Korea's leader Kim Jong Un replied. Mr. Kim said he was pleased.");
    const kim = mentions.find((m) => m.text.startsWith('North Korea'));
    expect(kim?.name).toBe('Kim Jong Un');
    expect(mentions.find((m) => m.text === 'Mr. Kim')?.name).toBe('Kim Jong Un');
    const he = mentions.find((m) => m.text === 'he');
    expect(he?.name).toBe('Kim Jong Un');
    expect(he?.basis).toBe('inferred');
    const entity = coded.entities.find((e) => e.name === 'Kim Jong Un');
    expect(entity?.mentions.length).toBe(3);
  });

  it('does not take a sponsor for the actor, nor a lower-case common word for a country', () => {
    const { mentions } = mentionsOf('Russian-backed separatists ate turkey with us.');
    expect(mentions.some((m) => m.country === 'RUS')).toBe(false);
    expect(mentions.some((m) => m.country === 'TUR' || m.country === 'USA')).toBe(false);
  });

  it('gives an agent named again without its country the earlier country', () => {
    const { mentions } = mentionsOf("Russia's National Guard spoke. The National Guard said more.");
    const again = mentions.filter((m) => /National Guard/.test(m.text));
    expect(again.map((m) => m.country)).toEqual(['RUS', 'RUS']);
  });

  it('codes a nationality living in another country by the country it lives in', () => {
    const { mentions } = mentionsOf('Kosovan Serbs and Iraqi Turkmens met Afghan Uzbeks.');
    expect(mentions.map((m) => [m.text, m.country])).toEqual([
      ['Kosovan Serbs', 'UNK'],
      ['Iraqi Turkmens', 'IRQ'],
      ['Afghan Uzbeks', 'AFG'],
    ]);
    const of = mentionsOf('The Hungarians of northern Serbia voted.').mentions;
    expect(of.map((m) => [m.text, m.country])).toEqual([['Hungarians of northern Serbia', 'SRB']]);
    const two = mentionsOf('Chinese Russian trade grew.').mentions;
    expect(two.map((m) => m.country)).toEqual(['CHN', 'RUS']);
  });

  it('reads a title word after a title and a first name as a surname', () => {
    const { mentions } = mentionsOf('Canadian Defence Minister Paul Bishop spoke to reporters.');
    expect(mentions[0]?.text).toBe('Canadian Defence Minister Paul Bishop');
    expect(mentions[0]?.country).toBe('CAN');
    expect(mentions[0]?.name).toBe('Paul Bishop');
  });

  it('gives a title and a single name the country of the of-phrase after it', () => {
    const { mentions } = mentionsOf('Sultan Farrukh of Brunei opened the session.');
    expect(mentions[0]?.text).toBe('Sultan Farrukh of Brunei');
    expect(mentions[0]?.country).toBe('BRN');
  });

  it('does not resolve "its" to a country that only modifies a noun', () => {
    const { mentions } = mentionsOf('Norway, a close EU partner, has asked its fishermen to stay in port.');
    const its = mentions.find((m) => m.text === 'its');
    expect(its?.country).toBe('NOR');
  });

  it('gives the leaders of a country\'s group the group, and people from a place described by its rulers that place', () => {
    const leaders = mentionsOf("Turkey deported two leaders of Syria's Free Syrian Army.", '2015-05-01').mentions;
    const l = leaders.find((m) => m.text.startsWith('leaders'));
    expect(l?.person && !l.name?.includes('Assad')).toBe(true);
    expect(l?.country).toBe('SYR');
    const from = mentionsOf('Diplomats from army-ruled Sudan arrived in Cairo.').mentions;
    expect(from.map((m) => [m.text, m.country])).toContainEqual(['Diplomats from army-ruled Sudan', 'SDN']);
    expect(from.some((m) => m.roles.includes('MIL'))).toBe(false);
  });

  it('gives an office of a place the country of that place, even when its name starts with a direction', () => {
    const { mentions } = mentionsOf('The mayor of the West Bank town of Jenin was arrested.');
    expect(mentions.find((m) => m.text.startsWith('mayor'))?.country).toBe('PSE');
    const south = mentionsOf('Troops from South Sudan crossed the border.').mentions;
    expect(south.find((m) => m.text.startsWith('Troops'))?.country).toBe('SSD');
  });

  it('gives forces the country of their possessor, not of the place they are sent to or taken from', () => {
    const { mentions } = mentionsOf('Turkey has reinforced its troops in Syria.');
    expect(mentions.find((m) => m.text === 'troops')?.country).toBe('TUR');
    const out = mentionsOf('Germany withdrew its troops from Mali.').mentions;
    expect(out.find((m) => m.text.includes('troops'))?.country).toBe('DEU');
  });

  it('does not take a namesake with another first name for the famous bearer of a surname', () => {
    const other = mentionsOf('The court questioned Maria Putin on Monday.').mentions;
    expect(other.some((m) => m.name === 'Vladimir Putin')).toBe(false);
    const same = mentionsOf('The deal was praised by Mr Putin on Monday.').mentions;
    expect(same.some((m) => m.name === 'Vladimir Putin')).toBe(true);
  });

  it('codes a people living mostly in one country as that country\'s people', () => {
    const { mentions } = mentionsOf('Uyghur activists and Rohingya refugees met in Geneva.');
    expect(mentions.map((m) => m.country)).toEqual(['CHN', 'MMR']);
  });

  it('does not make an object pronoun the subject of its own verb', () => {
    const { mentions } = mentionsOf('Kenyan President William Ruto won the vote, and Tanzanian President Samia Suluhu Hassan congratulated him.', '2023-01-10');
    expect(mentions.find((m) => m.text === 'him')?.country).toBe('KEN');
  });
});

