// Generates news-like articles from templates written for these tests (no outside text), with a
// known share of exact duplicates, syndicated copies and broken files, deterministically from a seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COUNTRIES = [
  ['Russia', 'Russian'], ['Ukraine', 'Ukrainian'], ['North Korea', 'North Korean'], ['South Korea', 'South Korean'],
  ['China', 'Chinese'], ['Japan', 'Japanese'], ['the United States', 'American'], ['France', 'French'], ['Germany', 'German'],
  ['Iran', 'Iranian'], ['Israel', 'Israeli'], ['Turkey', 'Turkish'], ['India', 'Indian'], ['Pakistan', 'Pakistani'],
  ['Egypt', 'Egyptian'], ['Nigeria', 'Nigerian'], ['Brazil', 'Brazilian'], ['Mexico', 'Mexican'], ['Venezuela', 'Venezuelan'], ['Sudan', 'Sudanese'],
] as const;

const CITIES = ['Geneva', 'Vienna', 'Cairo', 'Istanbul', 'Nairobi', 'Jakarta', 'Lima', 'Oslo', 'Doha', 'Singapore'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const ACTS: ((a: string, b: string, x: Rng) => string)[] = [
  (a, b) => `${a} accused ${b} of violating the ceasefire agreement`,
  (a, b) => `${a} signed a trade agreement with ${b}`,
  (a, b) => `${a} sent humanitarian aid to ${b}`,
  (a, b) => `${a} threatened ${b} with new sanctions`,
  (a, b, x) => `the foreign minister of ${a} met his counterpart from ${b} in ${x.pick(CITIES)}`,
  (a, b) => `${a} condemned ${b} for the missile test`,
  (a, b) => `${a} expelled two diplomats from ${b}`,
  (a, b) => `${a} praised ${b} for its help after the floods`,
  (a, b) => `${a} urged ${b} to release the detained journalists`,
  (a, b) => `${a} rejected a proposal from ${b} on border talks`,
];

const FILLER = [
  (x: Rng) => `Markets in the region fell by ${x.int(1, 9)} percent after the news.`,
  (x: Rng) => `About ${x.int(2, 90)} thousand people live in the border district.`,
  (x: Rng) => `Analysts at the ${x.pick(['institute', 'university', 'think tank', 'bank'])} said the move was ${x.pick(['expected', 'a surprise', 'symbolic', 'overdue'])}.`,
  (x: Rng) => `The statement came ${x.int(2, 11)} days before a scheduled summit in ${x.pick(CITIES)}.`,
  (x: Rng) => `Weather forecasters expect ${x.pick(['heavy rain', 'snow', 'a heat wave', 'strong winds'])} in the capital this week.`,
  (x: Rng) => `Local newspapers printed ${x.pick(['angry', 'cautious', 'hopeful', 'mixed'])} editorials on the issue.`,
  (x: Rng) => `A spokesman declined to say whether talks would resume before ${x.pick(['spring', 'the election', 'the end of the year', 'the holiday'])}.`,
];

const SAID = ['officials said', 'state media reported', 'a spokesperson said', 'according to diplomats', 'the ministry said', 'witnesses said', 'two sources told reporters'];

const WORDS = ('harbour river valley bridge council farmers teachers budget election railway pipeline festival museum '
  + 'drought harvest vaccine clinic airport stadium tunnel factory port refinery forest coast island desert village '
  + 'province court parliament senate union strike protest march convoy shipment cargo grain fuel wheat copper '
  + 'orchestra novel film archive library satellite telescope rocket reactor turbine dam canal highway market')
  .split(' ');

/** A sentence of random content words, so two generated articles share little beyond the events. */
function colour(x: Rng): string {
  const w = () => x.pick(WORDS);
  return `The ${w()} near the ${w()} and the ${w()} of ${x.pick(CITIES)} drew ${x.int(3, 900)} visitors, while the ${w()} ${x.pick(['stayed', 'was', 'remained'])} ${x.pick(['closed', 'busy', 'quiet', 'open'])} after the ${w()} ${w()}.`;
}

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
}

export interface GeneratedSet {
  dir: string;
  /** Files that hold a new article (original text). */
  originals: number;
  /** Exact copies of an earlier file's text under another name. */
  exactDuplicates: number;
  /** Light rewrites of an earlier article (another outlet, a few words changed). */
  syndicated: number;
  /** Files that must fail (binary, no text) and files that are skipped (unsupported type). */
  broken: number;
  unsupported: number;
  total: number;
  /** Distinct article texts written: what a store should hold after ingesting the directory. */
  distinct: number;
}

function article(x: Rng, n: number): { title: string; text: string; published: string } {
  const sentences: string[] = [];
  for (let i = 0, k = x.int(3, 5); i < k; i++) {
    const [a] = x.pick(COUNTRIES);
    let [b] = x.pick(COUNTRIES);
    while (b === a) [b] = x.pick(COUNTRIES);
    const s = x.pick(ACTS)(a, b, x);
    sentences.push(`${s[0]!.toUpperCase()}${s.slice(1)} on ${x.pick(DAYS)}, ${x.pick(SAID)}.`);
    sentences.push(x.pick(FILLER)(x), colour(x));
  }
  const month = String(x.int(1, 12)).padStart(2, '0');
  const day = String(x.int(1, 28)).padStart(2, '0');
  const title = `${sentences[0]!.replace(/ on \w+day, .*$/, '')} (report ${n})`;
  return { title, text: `${title}\n\n${sentences.join(' ')}`, published: `2024-${month}-${day}` };
}

/** A light rewrite: a dateline, two words swapped for synonyms, the last sentence dropped. */
function syndicate(text: string): string {
  const [title, body] = text.split('\n\n') as [string, string];
  const sentences = body.split(/(?<=\.) /);
  const edited = sentences.slice(0, Math.max(3, sentences.length - 1)).join(' ').replace(' said', ' told reporters').replace(' percent', ' per cent');
  return `${title}\n\nWIRE SERVICE - ${edited}`;
}

/** Writes `n` article files (JSON) plus broken ones into `dir`. */
export function generateArticles(dir: string, n: number, seed = 7): GeneratedSet {
  mkdirSync(dir, { recursive: true });
  const x = new Rng(seed);
  const texts: { title: string; text: string; published: string }[] = [];
  const set: GeneratedSet = { dir, originals: 0, exactDuplicates: 0, syndicated: 0, broken: 0, unsupported: 0, total: 0, distinct: 0 };
  const distinct = new Set<string>();
  for (let i = 0; i < n; i++) {
    const name = join(dir, `${String(i).padStart(5, '0')}.json`);
    const roll = x.next();
    let a: { title: string; text: string; published: string };
    let url: string | undefined;
    if (texts.length > 5 && roll < 0.05) {
      a = x.pick(texts);
      set.exactDuplicates++;
    } else if (texts.length > 5 && roll < 0.1) {
      const o = x.pick(texts);
      a = { ...o, text: syndicate(o.text) };
      url = `https://wire${x.int(1, 3)}.example/story/${i}`;
      set.syndicated++;
    } else {
      a = article(x, i);
      texts.push(a);
      url = x.next() < 0.5 ? `https://www.news${x.int(1, 4)}.example/${a.published}/story-${i}?utm_source=feed` : undefined;
      set.originals++;
    }
    distinct.add(a.text);
    writeFileSync(name, JSON.stringify({ title: a.title, text: a.text, published: a.published, ...(url ? { url } : {}) }));
  }
  writeFileSync(join(dir, 'broken-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'broken-empty.json'), JSON.stringify({ title: 'No body', text: '' }));
  set.broken = 2;
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4 not really');
  set.unsupported = 1;
  set.total = n + set.broken + set.unsupported;
  set.distinct = distinct.size;
  return set;
}
