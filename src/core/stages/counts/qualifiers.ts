/** Words before a number that make it a bound or an estimate: "at least 30", "nearly 50", "some 200". */
export type Qualifier = 'at-least' | 'at-most' | 'about';

export const QUALIFIERS: readonly { id: string; qualifier: Qualifier; keys: readonly string[] }[] = [
  { id: 'qualifier.at-least', qualifier: 'at-least', keys: ['at', 'least'] },
  { id: 'qualifier.more-than', qualifier: 'at-least', keys: ['more', 'than'] },
  { id: 'qualifier.no-fewer-than', qualifier: 'at-least', keys: ['no', 'fewer', 'than'] },
  { id: 'qualifier.upwards-of', qualifier: 'at-least', keys: ['upwards', 'of'] },
  { id: 'qualifier.over', qualifier: 'at-least', keys: ['over'] },
  { id: 'qualifier.up-to', qualifier: 'at-most', keys: ['up', 'to'] },
  { id: 'qualifier.at-most', qualifier: 'at-most', keys: ['at', 'most'] },
  { id: 'qualifier.no-more-than', qualifier: 'at-most', keys: ['no', 'more', 'than'] },
  { id: 'qualifier.fewer-than', qualifier: 'at-most', keys: ['fewer', 'than'] },
  { id: 'qualifier.less-than', qualifier: 'at-most', keys: ['less', 'than'] },
  { id: 'qualifier.as-many-as', qualifier: 'at-most', keys: ['as', 'many', 'as'] },
  { id: 'qualifier.nearly', qualifier: 'at-most', keys: ['nearly'] },
  { id: 'qualifier.almost', qualifier: 'at-most', keys: ['almost'] },
  { id: 'qualifier.under', qualifier: 'at-most', keys: ['under'] },
  { id: 'qualifier.about', qualifier: 'about', keys: ['about'] },
  { id: 'qualifier.around', qualifier: 'about', keys: ['around'] },
  { id: 'qualifier.roughly', qualifier: 'about', keys: ['roughly'] },
  { id: 'qualifier.approximately', qualifier: 'about', keys: ['approximately'] },
  { id: 'qualifier.some', qualifier: 'about', keys: ['some'] },
  { id: 'qualifier.an-estimated', qualifier: 'about', keys: ['an', 'estimated'] },
  { id: 'qualifier.estimated', qualifier: 'about', keys: ['estimated'] },
  { id: 'qualifier.close-to', qualifier: 'about', keys: ['close', 'to'] },
];

/** The longest qualifier ending just before token `at`, with its first token. */
export function qualifierBefore(keys: readonly string[], at: number, floor: number): { id: string; qualifier: Qualifier; from: number } | null {
  let best: { id: string; qualifier: Qualifier; from: number } | null = null;
  for (const q of QUALIFIERS) {
    const from = at - q.keys.length;
    if (from < floor || (best && from >= best.from)) continue;
    if (q.keys.every((k, j) => keys[from + j] === k)) best = { id: q.id, qualifier: q.qualifier, from };
  }
  return best;
}
