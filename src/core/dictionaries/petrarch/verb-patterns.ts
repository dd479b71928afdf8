import { phraseKeys } from '../../text/normalize.js';
import { phraseParts } from './source-lines.js';

/** The verb a pattern is attached to, as our pattern syntax writes it: `break|broke|broken down`. */
export interface VerbHead {
  /** Words that come directly before it (`WIRE` in `WIRE_+TAP`). */
  before: string[];
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
 * verb goes; `+` is the target, `$` the source, `%` a compound actor, `^` a skipped noun phrase,
 * `&SET` a synset: all the same in ours. Words joined by `_` must be adjacent (our `_x`), and a
 * space lets other words come between (our `*` gap). Words before the verb ("upper" words:
 * `NOT *`) are matched leftwards from it, which our `>` trigger marker says.
 */
export function translatePattern(text: string, head: VerbHead, synsetName: (raw: string) => string | null): Translation {
  const items = tokenize(text);
  const verbAt = items.findIndex((i) => i.sym === '*');
  if (verbAt < 0) return { ok: false, construct: 'pattern without the verb marker *', detail: `'${text}'` };
  if (items.slice(verbAt + 1).some((i) => i.sym === '*')) return { ok: false, construct: 'two verb markers', detail: `'${text}'` };
  const approximations: string[] = [];
  const out: string[] = [];
  // `_` in PETRARCH joins words with nothing between them (our `_x`); a space lets words between (our `*`).
  const add = (sym: string, tight: boolean) => {
    if (out.length && !tight) gap(out);
    out.push(out.length && tight && out[out.length - 1] !== '*' ? `_${sym}` : sym);
  };
  type Failure = Extract<Translation, { ok: false }>;
  const put = (item: Item): Failure | null => {
    if (item.sym === '+' || item.sym === '$' || item.sym === '%' || item.sym === '^') add(item.sym, item.tight);
    else if (item.sym.startsWith('&')) {
      const name = synsetName(item.sym);
      if (!name) return { ok: false, construct: 'undefined synset', detail: `${item.sym} in '${text}'` };
      add(name, item.tight);
    } else {
      const keys = wordKeys(item.sym);
      if (!keys) return { ok: false, construct: 'unknown symbol in a pattern', detail: `'${item.sym}' in '${text}'` };
      // PETRARCH does not stem the words of its patterns: "RESOLUTION" is not "resolutions".
      keys.forEach((k, i) => add(`=${k}`, i > 0 || item.tight));
    }
    return null;
  };
  for (const item of items.slice(0, verbAt)) {
    const err = put(item);
    if (err) return err;
  }
  while (out[0] === '*') out.shift();
  const verb = headPattern(head, out.length > 0);
  if (out.length && !items[verbAt]!.tight) gap(out);
  out.push(out.length && items[verbAt]!.tight ? `_${verb}` : verb);
  for (const item of items.slice(verbAt + 1)) {
    const err = put(item);
    if (err) return err;
  }
  while (out[out.length - 1] === '*') out.pop();
  return { ok: true, pattern: out.join(' '), approximations };
}

/**
 * The verb as our pattern says it: `break _=down`; with words before it (or `wordsBefore` in the
 * pattern) the verb is marked as the trigger: `=wire _>tap|tapped`.
 */
export function headPattern(head: VerbHead, wordsBefore = false): string {
  const verb = `${wordsBefore || head.before.length ? '>' : ''}${head.alts.join('|')}`;
  return [...head.before.map((w, i) => `${i ? '_' : ''}=${w.toLowerCase()}`), head.before.length ? `_${verb}` : verb, ...head.after.map((w) => `_=${w.toLowerCase()}`)].join(' ');
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
