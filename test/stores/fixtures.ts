// Hand-built coded articles for the store conformance suite: texts written for these tests, events
// placed on exact sentence offsets, so every count a store reports can be checked by hand.
import type { CodedArticle, CodedEvent, QuadClass } from '../../src/core/index.js';
import type { ArticleToStore } from '../../src/stores/index.js';

const CAMEO: Record<string, [name: string, quad: QuadClass, goldstein: number, plover: string]> = {
  '036': ['express intent to meet or negotiate', 1, 4, 'CONSULT'],
  '042': ['make a visit', 1, 1.9, 'CONSULT'],
  '057': ['sign formal agreement', 1, 8, 'AGREE'],
  '070': ['provide aid', 2, 7, 'AID'],
  '112': ['accuse', 3, -2, 'ACCUSE'],
  '138': ['threaten with military force', 3, -7, 'THREATEN'],
  '173': ['arrest, detain', 4, -5, 'SEIZE'],
  '190': ['use conventional military force', 4, -10, 'ASSAULT'],
};

export const PLACES = {
  pyongyang: { name: 'Pyongyang', country: 'PRK', lat: 39.03, lon: 125.75, geonameId: 1871859, featureCode: 'P/PPLC' },
  kharkiv: { name: 'Kharkiv', country: 'UKR', lat: 49.98, lon: 36.25, geonameId: 706483, featureCode: 'P/PPLA' },
  seoul: { name: 'Seoul', country: 'KOR', lat: 37.57, lon: 126.98, geonameId: 1835848, featureCode: 'P/PPLC' },
};

export interface EventSpec {
  /** Index into the article's sentences (0 is the title). */
  sentence: number;
  trigger: string;
  source?: [code: string, text: string];
  target?: [code: string, text: string];
  cameo: keyof typeof CAMEO;
  date?: string | null;
  place?: keyof typeof PLACES;
}

export interface ArticleSpec {
  id: string;
  url?: string | null;
  siteName?: string;
  published: string;
  /** Title first, then body sentences. */
  sentences: string[];
  events: EventSpec[];
  tone?: number;
}

/** The text, sentence offsets and CodedArticle for a spec, ready for putArticle. */
export function build(spec: ArticleSpec): ArticleToStore {
  const [title, ...body] = spec.sentences;
  const text = `${title}\n\n${body.join(' ')}`;
  const sentences: { index: number; start: number; end: number }[] = [];
  let at = 0;
  for (const [i, s] of spec.sentences.entries()) {
    const start = text.indexOf(s, at);
    if (start < 0) throw new Error(`fixture ${spec.id}: sentence ${i} not found`);
    sentences.push({ index: i, start, end: start + s.length });
    at = start + s.length;
  }
  const events = spec.events.map((e, i) => event(spec, text, sentences, e, i));
  const coded: CodedArticle = {
    id: spec.id,
    article: { title: title!, published: spec.published, publishedBasis: 'stated' },
    textLength: text.length,
    events,
    suppressedEvents: [],
    entities: [{ id: 'E1', name: 'Example Entity', type: 'country', code: events[0]?.source?.code ?? null, country: events[0]?.source?.country ?? null, roles: [], mentions: [{ start: 0, end: 4, text: text.slice(0, 4), basis: 'stated' }], ruleIds: ['fixture.entity'] }],
    places: events.flatMap((e) => (e.location ? [{ ...e.location, ruleIds: ['fixture.place'] }] : [])),
    dates: [],
    quotes: [{ start: sentences[1]!.start, end: sentences[1]!.end, text: spec.sentences[1]!, speaker: { name: 'A spokesman' }, kind: 'indirect', ruleIds: ['fixture.quote'] }],
    counts: [{ start: 0, end: 1, number: 3, about: 'things', aboutStart: 0, aboutEnd: 1, kind: 'other', ruleIds: ['fixture.count'] }],
    tone: { score: spec.tone ?? -1, positive: 1, negative: 2, words: 100 },
    sentences,
    warnings: [],
    coder: { version: 'fixture', dictionaries: ['fixture'] },
  };
  return { text, coded, url: spec.url ?? null, siteName: spec.siteName ?? null, ref: `${spec.id}.json`, fetchedAt: `${spec.published}T12:00:00Z` };
}

function event(spec: ArticleSpec, text: string, sentences: { start: number; end: number }[], e: EventSpec, i: number): CodedEvent {
  const s = sentences[e.sentence]!;
  const sentence = text.slice(s.start, s.end);
  const find = (words: string) => {
    const k = sentence.indexOf(words);
    if (k < 0) throw new Error(`fixture ${spec.id}: '${words}' not in sentence ${e.sentence}`);
    return { start: s.start + k, end: s.start + k + words.length, text: words };
  };
  const actor = (a?: [string, string]) =>
    a ? { ...find(a[1]), code: a[0], country: a[0].startsWith('IGO') ? null : a[0].slice(0, 3), roles: a[0].length > 3 && !a[0].startsWith('IGO') ? [a[0].slice(3, 6)] : [], basis: 'stated' as const, ruleIds: [`fixture.actor.${a[0]}`] } : null;
  const [name, quadClass, goldstein, plover] = CAMEO[e.cameo]!;
  const place = e.place ? PLACES[e.place] : null;
  return {
    id: `${spec.id}-e${i + 1}`,
    date: e.date === undefined ? spec.published : e.date,
    datePrecision: 'day',
    dateBasis: 'inferred',
    source: actor(e.source),
    target: actor(e.target),
    cameo: { code: e.cameo, root: e.cameo.slice(0, 2), name, quadClass, goldstein },
    plover: { type: plover },
    location: place ? { ...place, ...find(place.name), basis: 'stated', ruleIds: ['fixture.place'] } : null,
    evidence: { sentenceIndex: e.sentence, start: s.start, end: s.end, text: sentence, trigger: find(e.trigger) },
    modality: { mood: 'asserted', negated: false, reportedBy: null },
    confidence: 0.8,
    ruleIds: [`fixture.${e.cameo}`],
  };
}

const RUS = ['RUSGOV', 'Russian President Vladimir Putin'] as [string, string];
const PRK = ['PRKGOV', 'North Korean leader Kim Jong Un'] as [string, string];

/** Alpha's story of the summit: the original. */
export const SUMMIT: ArticleSpec = {
  id: 'summit-alpha',
  url: 'https://www.alpha.example/world/2024/06/19/summit?utm_source=rss',
  siteName: 'Alpha News',
  published: '2024-06-19',
  sentences: [
    'Russia and North Korea sign defence pact at Pyongyang summit',
    'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a strategic partnership treaty in Pyongyang on Wednesday.',
    'The treaty obliges each side to help the other if it is attacked, according to the text published by state media.',
    'Putin arrived in the capital before dawn for his first visit in twenty four years and was greeted by Kim at the airport.',
    'Officials in Seoul said they were studying the agreement and would respond to any threat to security on the peninsula.',
  ],
  events: [
    { sentence: 1, trigger: 'signed a strategic partnership treaty', source: RUS, target: PRK, cameo: '057', place: 'pyongyang' },
    { sentence: 1, trigger: 'signed a strategic partnership treaty', source: PRK, target: RUS, cameo: '057', place: 'pyongyang' },
    { sentence: 3, trigger: 'arrived', source: ['RUSGOV', 'Putin'], target: ['PRK', 'the capital'], cameo: '042' },
  ],
};

/** Beta runs Alpha's story with light edits: a syndicated copy. */
export const SUMMIT_COPY: ArticleSpec = {
  id: 'summit-beta',
  url: 'https://beta.example/asia/putin-kim-pact',
  siteName: 'Beta Daily',
  published: '2024-06-19',
  sentences: [
    'Putin and Kim sign defence pact at Pyongyang summit',
    'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a strategic partnership treaty in Pyongyang on Wednesday.',
    'The treaty obliges each side to help the other if it is attacked, according to the text released by state media.',
    'Putin arrived in the capital before dawn for his first visit in 24 years and was greeted by Kim at the airport.',
    'Officials in Seoul said they were studying the agreement and would respond to any threat to security on the Korean peninsula.',
  ],
  events: SUMMIT.events,
};

/** Gamma's own report of the same signing: an independent source. */
export const SUMMIT_OWN: ArticleSpec = {
  id: 'summit-gamma',
  url: 'https://gamma.example/news/88',
  siteName: 'Gamma',
  published: '2024-06-20',
  sentences: [
    'Moscow and Pyongyang seal mutual aid treaty',
    'Meeting in Pyongyang, Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty on mutual assistance.',
    'Western governments reacted with alarm, and analysts in Tokyo warned that arms shipments could grow.',
  ],
  events: [{ sentence: 1, trigger: 'signed a treaty', source: RUS, target: PRK, cameo: '057', place: 'pyongyang', date: '2024-06-19' }],
};

/** A battle report: two events, one of them mentioned twice in the same article. */
export const BATTLE: ArticleSpec = {
  id: 'battle-alpha',
  url: 'https://alpha.example/europe/kharkiv',
  siteName: 'Alpha News',
  published: '2024-06-10',
  tone: -6,
  sentences: [
    'Heavy fighting around Kharkiv as Russian forces press north',
    'Russian troops attacked Ukrainian positions near Kharkiv overnight, the regional governor said.',
    'Ukrainian forces shelled Russian units across the border in response.',
    'Later on Monday Russian troops attacked Ukrainian positions near Kharkiv again with drones and artillery.',
  ],
  events: [
    { sentence: 1, trigger: 'attacked', source: ['RUSMIL', 'Russian troops'], target: ['UKRMIL', 'Ukrainian positions'], cameo: '190', place: 'kharkiv' },
    { sentence: 2, trigger: 'shelled', source: ['UKRMIL', 'Ukrainian forces'], target: ['RUSMIL', 'Russian units'], cameo: '190' },
    { sentence: 3, trigger: 'attacked', source: ['RUSMIL', 'Russian troops'], target: ['UKRMIL', 'Ukrainian positions'], cameo: '190', place: 'kharkiv' },
  ],
};

/** A text file with no URL: the article is its own source. */
export const ACCUSATION: ArticleSpec = {
  id: 'accusation-file',
  url: null,
  published: '2024-05-02',
  sentences: [
    'Washington accuses Pyongyang of missile tests',
    'The United States accused North Korea on Thursday of violating United Nations resolutions with a new missile launch.',
    'The United Nations Security Council will meet next week.',
  ],
  events: [
    { sentence: 1, trigger: 'accused', source: ['USAGOV', 'The United States'], target: ['PRK', 'North Korea'], cameo: '112' },
    { sentence: 2, trigger: 'will meet', source: ['IGOUNOSEC', 'The United Nations Security Council'], cameo: '036', date: '2024-05' },
  ],
};

/** A month later: North Korea threatens; a second week and month for the series. */
export const THREAT: ArticleSpec = {
  id: 'threat-gamma',
  url: 'https://gamma.example/news/120',
  siteName: 'Gamma',
  published: '2024-07-03',
  sentences: [
    'North Korea warns Russia over border incident',
    'North Korean officials threatened Russian border guards with military action after a shooting near Seoul, state media said.',
    'Moscow sent aid to Pyongyang the following day.',
  ],
  events: [
    { sentence: 1, trigger: 'threatened', source: ['PRKMIL', 'North Korean officials'], target: ['RUSMIL', 'Russian border guards'], cameo: '138', place: 'seoul' },
    { sentence: 2, trigger: 'sent aid', source: ['RUSGOV', 'Moscow'], target: ['PRKGOV', 'Pyongyang'], cameo: '070', date: '2024-07-04' },
  ],
};

/** A story with no events at all, published in the same week as THREAT: it adds to the volume only. */
export const QUIET: ArticleSpec = {
  id: 'quiet-beta',
  url: 'https://beta.example/weather/1',
  siteName: 'Beta Daily',
  published: '2024-07-02',
  sentences: ['Heat wave continues across the region', 'Temperatures stayed above thirty degrees for a fifth day and officials urged people to drink water.'],
  events: [],
};

export const ALL = [SUMMIT, SUMMIT_COPY, SUMMIT_OWN, BATTLE, ACCUSATION, THREAT, QUIET];
