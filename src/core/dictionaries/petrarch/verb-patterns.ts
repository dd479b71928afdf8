import { phraseKeys } from '../../text/normalize.js';
import { phraseParts } from './source-lines.js';

/** The verb a pattern is attached to, as our pattern syntax writes it: `break|broke|broken down`. */
export interface VerbHead {
  /** Alternatives of the verb word, lower case, one word each. */
  alts: string[];
  /** Words that follow it directly (phrasal verbs). */
  after: string[];
}

export type Translation = { ok: true; pattern: string; approximations: string[] } | { ok: false; construct: string; detail: string };

interface Item {
  sym: string;
  /** Joined to the previous item with `_` (no words between) rather than a space. */
  tight: boolean;
}

/**
 * Translates a PETRARCH pattern (the text after `-`) into ours for one verb. `*` is where the
 * verb goes; `+` is the target, `$` the source; `&SET` a synset; words joined by `_` must be
 * adjacent, and a space lets other words come between, so a space becomes our `*` gap. `^`
 * (skip a noun phrase) becomes a `*` gap too, an approximation we note. We cannot say: words
 * that must come before the verb (our trigger is the first required word), `%` (one compound
 * actor that is both source and target).
 */
export function translatePattern(text: string, head: VerbHead, synsetName: (raw: string) => string | null): Translation {
  const items = tokenize(text);
  const verbAt = items.findIndex((i) => i.sym === '*');
  if (verbAt < 0) return { ok: false, construct: 'pattern without the verb marker *', detail: `'${text}'` };
  if (items.some((i) => i.sym === '%')) return { ok: false, construct: 'compound actor %', detail: `'${text}'` };
  const before = items.slice(0, verbAt);
  const words = before.filter((i) => i.sym !== '+' && i.sym !== '$');
  if (words.length) return { ok: false, construct: 'words before the verb', detail: `'${text}': ${words.map((w) => w.sym).join(' ')}` };
  const approximations: string[] = [];
  const out: string[] = before.map((i) => i.sym);
  out.push(head.alts.join('|'), ...head.after.map((w) => w.toLowerCase()));
  for (const item of items.slice(verbAt + 1)) {
    if (!item.tight) gap(out);
    if (item.sym === '*') return { ok: false, construct: 'two verb markers', detail: `'${text}'` };
    if (item.sym === '^') {
      approximations.push('^ (skip a noun phrase) read as a gap of up to four words');
      gap(out);
    } else if (item.sym === '+' || item.sym === '$') out.push(item.sym);
    else if (item.sym.startsWith('&')) {
      const name = synsetName(item.sym);
      if (!name) return { ok: false, construct: 'undefined synset', detail: `${item.sym} in '${text}'` };
      out.push(name);
    } else {
      const keys = wordKeys(item.sym);
      if (!keys) return { ok: false, construct: 'unknown symbol in a pattern', detail: `'${item.sym}' in '${text}'` };
      out.push(...keys);
    }
  }
  while (out[out.length - 1] === '*') out.pop();
  return { ok: true, pattern: out.join(' '), approximations };
}

/** A PETRARCH word as our pattern words (a hyphenated word is two); null if it has our syntax characters. */
export function wordKeys(raw: string): string[] | null {
  const keys = phraseKeys(raw);
  return keys.length && keys.every((k) => /^[\p{L}\p{N}]/u.test(k) || k === "n't" || k === "'s") ? keys : null;
}

/** A `*` gap, never two in a row. */
function gap(out: string[]): void {
  if (out[out.length - 1] !== '*') out.push('*');
}

/** `+ * FROM_$` → `+`, `*`, `FROM`, `$` (tight). Symbols glued to words are split off. */
function tokenize(text: string): Item[] {
  const items: Item[] = [];
  for (const chunk of text.split(/\s+/).filter(Boolean)) {
    const parts = chunk.split('_').filter(Boolean);
    parts.forEach((p, i) => {
      for (const [j, piece] of splitSymbols(p).entries()) items.push({ sym: piece, tight: i > 0 || j > 0 });
    });
  }
  return items;
}

/** `+RST` → `+`, `RST`; `&SET` stays whole; a bare symbol stays as it is. */
function splitSymbols(p: string): string[] {
  if (p.length > 1 && /^[+$%^*]/.test(p) && !p.startsWith('&')) return [p[0]!, ...splitSymbols(p.slice(1))];
  return phraseParts(p);
}
