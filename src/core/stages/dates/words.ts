/** Small vocabularies the date finders share. */

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, couple: 2, 'a couple of': 2,
};

/** Regex source for a small count: digits or a number word. */
export const COUNT = `(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|a\\s+couple\\s+of)`;

export function countValue(s: string): number | null {
  const w = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a hundred') return 100;
  return NUMBER_WORDS[w] ?? null;
}

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  if (w === 'day' || w === 'week' || w === 'month' || w === 'year' || w === 'decade') return w;
  if (w === 'century' || w === 'centurie' || w === 'centuri') return 'century';
  return null;
}

export const UNIT = '(?:days?|weeks?|months?|years?|decades?|centur(?:y|ies))';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export function ordinalValue(s: string): number | null {
  return ORDINALS[s.toLowerCase()] ?? null;
}
