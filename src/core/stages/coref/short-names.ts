import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';
import { closestBefore, NAME_REACH, referTo } from './antecedents.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt', 'sir', 'dame', 'lord']);

/**
 * "Mr. Kim", "Kim", "Lavrov": a capitalised word that is part of the name of a person already
 * named in the article refers to that person.
 */
export function resolveShortNames(tokens: readonly Token[], from: number, to: number, sentence: number, mentions: readonly ActorMention[], taken: (i: number) => boolean, text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    if (taken(i)) continue;
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text) || t.pos === 'PUNCT') continue;
    const honorific = HONORIFICS.has(tokens[i - 1]?.key ?? '') && !taken(i - 1);
    // A bare capitalised word needs to be a proper noun; after an honorific any capitalised word will do.
    if (!honorific && t.pos !== 'PROPN') continue;
    const word = t.key;
    const ante = closestBefore(mentions, sentence, i, NAME_REACH, (m) => m.type === 'person' && !!m.name && nameWords(m.name).includes(word) && m.basis === 'stated');
    if (!ante) continue;
    let end = i + 1;
    // "Kim Jong" / "Jong Un": take the following name words too.
    while (end < to && !taken(end) && nameWords(ante.name!).includes(tokens[end]!.key)) end++;
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
