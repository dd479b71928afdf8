/**
 * Candidate base forms of an inflected English word, by suffix rules. They back up wink's lemma,
 * which sometimes goes wrong ("staged" → "stag"); patterns compare their words with all of them.
 * Over-generation ("sing" from "singed") is harmless: a stem only matters if a pattern has it.
 */
const IRREGULAR_EN: Record<string, string> = {
  broken: 'break', spoken: 'speak', stolen: 'steal', chosen: 'choose', frozen: 'freeze', woken: 'wake', forgotten: 'forget',
  gotten: 'get', hidden: 'hide', ridden: 'ride', bitten: 'bite', written: 'write', smitten: 'smite', trodden: 'tread',
};

export function stems(word: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (s.length > 1 && s !== word && !out.includes(s)) out.push(s);
  };
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return out;
  if (word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  else if (word.endsWith('ed')) {
    const base = word.slice(0, -2);
    add(base);
    add(`${base}e`);
    add(word.slice(0, -1));
    if (/([bdfgklmnprstvz])\1$/.test(base)) add(base.slice(0, -1));
  }
  if (word.endsWith('ing')) {
    const base = word.slice(0, -3);
    add(base);
    add(`${base}e`);
    if (/([bdfgklmnprstvz])\1$/.test(base)) add(base.slice(0, -1));
  }
  // Past participles in -en, prefixed or not: "retaken", "overtaken", "given", "beaten", "broken".
  if (word.endsWith('en') && word.length > 4) {
    add(word.slice(0, -1));
    add(word.slice(0, -2));
    const m = /^(.*?)(broken|spoken|stolen|chosen|frozen|woken|forgotten|gotten|hidden|ridden|bitten|written|smitten|trodden)$/.exec(word);
    if (m) add(m[1] + IRREGULAR_EN[m[2]!]!);
  }
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  else if (/(?:ches|shes|sses|xes|zes)$/.test(word)) add(word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  return out;
}
