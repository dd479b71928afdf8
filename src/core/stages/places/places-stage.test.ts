import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import type { PlaceCandidate } from '../../geo/gazetteer.js';
import { listGazetteer } from '../../geo/small-gazetteer.js';
import type { Place } from '../../model/place.js';
import { actorsStage } from '../actors/index.js';
import { tokenizeStage } from '../tokenize/index.js';
import { placesStage } from './index.js';

const stages = [tokenizeStage, actorsStage, placesStage];
// Without the bundled dictionaries (only the codebook), so these tests do not move when they change:
// the places stage finds countries by itself.
const bundled = createCoder({ stages, replaceDefaults: true });
const placesOf = (text: string, coder = bundled) => coder.code(text).places;
const summary = (ps: readonly Place[]) => ps.map((p) => `${p.text}=${p.country}/${p.featureCode}`);

// A gazetteer written for these tests: two Parises, two Alexandrias and a town named like a surname.
const town = (name: string, country: string, admin: string, lat: number, lon: number, population: number, feature = 'P.PPL'): PlaceCandidate => ({ name, country, admin, lat, lon, population, feature });
const TEST_PLACES: PlaceCandidate[] = [
  town('Paris', 'FRA', 'FR.11', 48.85, 2.35, 2_100_000, 'P.PPLC'),
  town('Paris', 'USA', 'US.TX.277', 33.66, -95.56, 25_000, 'P.PPLA2'),
  town('Alexandria', 'EGY', 'EG.06', 31.2, 29.92, 5_200_000, 'P.PPLA'),
  town('Alexandria', 'USA', 'US.LA.079', 31.31, -92.45, 48_000, 'P.PPLA2'),
  town('Henry', 'USA', 'US.IL.123', 41.11, -89.36, 2_400),
  { name: 'France', country: 'FRA', lat: 46, lon: 2, population: 60_000_000, feature: 'A.PCLI' },
  { name: 'Texas', country: 'USA', admin: 'US.TX', lat: 31.2, lon: -99.3, population: 25_000_000, feature: 'A.ADM1', adm1: 'Texas' },
  { name: 'Louisiana', country: 'USA', admin: 'US.LA', lat: 31, lon: -92, population: 4_600_000, feature: 'A.ADM1', adm1: 'Louisiana' },
];
const testGazetteer = listGazetteer('test', TEST_PLACES);
const withAbbreviations = { ...testGazetteer, abbreviation: (k: string) => (k === 'la' ? TEST_PLACES.filter((p) => p.name === 'Louisiana') : []) };
const small = createCoder({ stages, replaceDefaults: true, gazetteer: withAbbreviations });

describe('places stage: finding toponyms', () => {
  it('gives offsets into the text', () => {
    const text = 'Shelling hit Kharkiv overnight, and a convoy left Odesa for Mykolaiv.';
    const ps = placesOf(text);
    expect(ps.map((p) => p.text)).toEqual(['Kharkiv', 'Odesa', 'Mykolaiv']);
    for (const p of ps) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p).toMatchObject({ country: 'UKR', basis: 'stated' });
      expect(p.ruleIds).toContain('place.gazetteer.match');
    }
  });

  it('reads coordinated names before a plural region word as regions', () => {
    const ps = placesOf('Russia claimed to annex the Zaporizhzhia and Kherson regions.');
    const regions = ps.filter((p) => p.featureCode === 'A.ADM1');
    expect(summary(regions)).toEqual(['Zaporizhzhia=UKR/A.ADM1', 'Kherson=UKR/A.ADM1']);
    expect(regions.every((p) => p.ruleIds.includes('place.name.region-word'))).toBe(true);
  });

  it('takes a capitalised region word into the name, and prefers the city without one', () => {
    expect(summary(placesOf('Fighting continued in Kherson Oblast on Sunday.'))).toEqual(['Kherson Oblast=UKR/A.ADM1']);
    expect(summary(placesOf('Fighting continued in Kherson on Sunday.'))).toEqual(['Kherson=UKR/P.PPLA']);
  });

  it('finds multi-word, abbreviated and hyphenated names', () => {
    const ps = placesOf('Delegates flew from St. Petersburg to Ivano-Frankivsk.');
    expect(ps.map((p) => [p.text, p.country])).toEqual([
      ['St. Petersburg', 'RUS'],
      ['Ivano-Frankivsk', 'UKR'],
    ]);
    // The city, not the state that shares its name.
    expect(placesOf('She moved to New York last year.')[0]).toMatchObject({ text: 'New York', featureCode: expect.stringMatching(/^P\./) });
  });
});

describe('places stage: choosing among places of one name', () => {
  it('takes the Paris of the country the article names', () => {
    const [fr] = placesOf('The summit in Paris drew leaders from across France.', small);
    expect(fr).toMatchObject({ text: 'Paris', country: 'FRA' });
    const ps = placesOf('Storms crossed Texas on Monday. In Paris, roofs were torn off.', small);
    expect(ps.find((p) => p.text === 'Paris')).toMatchObject({ country: 'USA' });
    expect(ps.find((p) => p.text === 'Paris')!.ruleIds).toContain('place.disambig.article-region');
  });

  it('takes the region after a comma, also as an abbreviation, and carries it to later mentions', () => {
    const ps = placesOf('A woman from Alexandria, La., was charged. Alexandria police said the fire began at night.', small);
    expect(ps.map((p) => `${p.text}=${p.country}`)).toEqual(['Alexandria=USA', 'La.=USA', 'Alexandria=USA']);
    expect(ps[0]!.ruleIds).toContain('place.disambig.comma-abbreviation');
    expect(ps[2]!.ruleIds).toContain('place.disambig.same-name-earlier');
  });

  it('without any context takes the most important place', () => {
    expect(placesOf('The ship reached Alexandria on Tuesday.', small)[0]).toMatchObject({ country: 'EGY' });
  });
});

describe('places stage: what is not a place', () => {
  it('skips person names, titles and surnames used alone later', () => {
    const ps = placesOf('Chiquita Raquel Henry, 19, was arrested in Texas. Detectives traced the fire to Henry.', small);
    expect(ps.map((p) => p.text)).toEqual(['Texas']);
    expect(placesOf('Mr. Henry declined to comment in Texas.', small).map((p) => p.text)).toEqual(['Texas']);
  });

  it('skips months, weekdays, demonyms and common words at the start of a sentence', () => {
    expect(placesOf('May was the wettest month. On Sunday, Russian troops shelled the city.')).toEqual([]);
  });

  it('skips places inside the names of schools and newspapers, and currencies', () => {
    expect(placesOf('He told the New York Times that the deal was worth US$ 4 million.')).toEqual([]);
  });

  it('finds nothing with a gazetteer that knows nothing', () => {
    expect(placesOf('Kyiv', createCoder({ stages, replaceDefaults: true, gazetteer: listGazetteer('none', []) }))).toEqual([]);
  });
});

describe('places stage: countries named by their adjective', () => {
  const full = createCoder();
  it('lists "Russian" in "Russian troops" as Russia, adjectival, and never as where an event happened', () => {
    const a = full.code({ text: 'Russian troops shelled a village near Kharkiv on Sunday.', published: '2024-05-01' });
    const adjectival = a.places.filter((p) => p.ruleIds.includes('place.demonym'));
    expect(adjectival.map((p) => `${p.text}=${p.country}/${p.featureCode}`)).toEqual(['Russian=RUS/A.PCLI']);
    expect(a.events.length).toBeGreaterThan(0);
    for (const e of a.events) expect(e.location?.country ?? null).not.toBe('RUS');
  });

  it('takes the country of the actor the adjective opens, and leaves sponsors out', () => {
    const a = full.code({ text: 'Turkish Kurd refugees and Afghan Uzbeks queued outside, away from Iranian-backed militias.', published: '2024-05-01' });
    expect(a.places.filter((p) => p.ruleIds.includes('place.demonym')).map((p) => `${p.text}=${p.country}`)).toEqual(['Turkish=TUR', 'Afghan=AFG']);
  });
});

describe('places stage: acronyms and agent-built mentions', () => {
  it('reads NSW in capitals as the state and "Act" as a word', () => {
    expect(summary(placesOf('Horse flu spread across NSW last week.'))).toEqual(['NSW=AUS/A.ADM1']);
    expect(placesOf('The Act was passed last week.')).toEqual([]);
  });

  it('keeps a country inside a title built from an agent noun', () => {
    const coder = createCoder({ stages, dictionaries: [{ 'agents/t.txt': 'agent.t-minister | GOV | minister of health | person title=minister', 'actors/t.txt': 'country.t-egy | country | Egypt | EGY' }], replaceDefaults: true });
    // The actors stage reads the title and the unknown name after it as one person.
    expect(summary(placesOf("Egypt's Minister of Health Hatem El-Gabaly spoke on Wednesday.", coder))).toEqual(['Egypt=EGY/A.PCLI']);
  });
});
