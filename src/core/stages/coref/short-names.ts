import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';
import { referTo } from './antecedents.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'sir', 'dame', 'lord']);

/**
 * The people named so far, by each word of their names, so "Kim" or "Lavrov" finds its
 * antecedent without scanning every mention (articles can be long).
 */
export class PersonNames {
  private byWord = new Map<string, ActorMention[]>();

  add(m: ActorMention): void {
    if (m.type !== 'person' || !m.name || m.basis !== 'stated') return;
    for (const w of nameWords(m.name)) {
      const list = this.byWord.get(w) ?? [];
      list.push(m);
      this.byWord.set(w, list);
    }
  }

  /** The latest stated mention of a person whose name has `word`, before offset `before`. */
  latest(word: string, before: number): ActorMention | null {
    const list = this.byWord.get(word);
    if (!list) return null;
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.end <= before) return list[k]!;
    return null;
  }
}

/**
 * "Mr. Kim", "Kim", "Lavrov": a capitalised word that is part of the name of a person already
 * named in the article refers to that person.
 */
export function resolveShortNames(tokens: readonly Token[], from: number, to: number, sentence: number, people: PersonNames, taken: (i: number) => boolean, text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    if (taken(i)) continue;
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text) || t.pos === 'PUNCT') continue;
    const honorific = HONORIFICS.has(tokens[i - 1]?.key ?? '') && !taken(i - 1);
    // A bare capitalised word needs to be a proper noun; after an honorific any capitalised word will do.
    if (!honorific && t.pos !== 'PROPN') continue;
    const ante = people.latest(t.key, t.start);
    if (!ante) continue;
    const words = nameWords(ante.name!);
    let end = i + 1;
    // "Kim Jong" / "Jong Un": take the following name words too.
    while (end < to && !taken(end) && words.includes(tokens[end]!.key)) end++;
    const startTok = honorific ? i - 1 : i;
    const start = tokens[startTok]!.start;
    const stop = tokens[end - 1]!.end;
    out.push(referTo(ante, { start, end: stop, tokenStart: startTok, tokenEnd: end, sentence, text: text.slice(start, stop) }, honorific ? 'coref.honorific-surname' : 'coref.surname', 'person'));
    i = end - 1;
  }
  return out;
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s-]+/)
    .filter((w) => w.length > 1);
}
