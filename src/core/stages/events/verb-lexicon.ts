import { DictionaryError } from '../../dictionaries/errors.js';
import { dictLines, listField } from '../../dictionaries/lines.js';
import { phraseKeys } from '../../text/normalize.js';

/**
 * Event patterns (dictionaries/verbs/*.txt): `id | CAMEO code | pattern [| flags]`.
 *
 * Pattern elements, separated by spaces:
 *   word        the word in any inflection (compared by lemma and by form)
 *   =word       this exact form only
 *   a|b|c       any of these words
 *   &set        any member of a synset (dictionaries/verbs/synsets.txt); members may be phrases
 *   (elem ...)  optional element or group of elements: "(with +)"
 *   +           the target: an actor-bearing noun phrase
 *   $           the source: an actor-bearing noun phrase ("by $")
 *   %           a compound actor, two or more joined by and/or ("Gondor and Osgiliath"): the source
 *               before the trigger, the target after it
 *   ^           one noun phrase, whatever it names, stepped over: "celebrate iftar in ^ with +"
 *   *           up to six words, never across a clause boundary
 *   _elem       directly after the element before it: "new _&ties" does not match "new global ties"
 * The code may be a pair, `032:033`: each event the pattern codes also gives the second code from
 * its target to its source (a visit and its hosting). The first required word is the trigger, unless another word is marked `>`: "not >restore relations"
 * (elements before the trigger are matched leftwards from it). Flags: `noun` (the trigger may be a noun: "talks with +"),
 * `passive` (only in the passive voice), `active` (never passive), `nosubject` (the event needs no source),
 * `needtarget` (no event unless the target is an actor), `patient` (the subject is the target: "came under fire").
 */
export type PatternElement = (
  | { kind: 'word'; alts: string[]; exact: boolean; optional: boolean }
  | { kind: 'set'; name: string; members: string[][]; optional: boolean }
  | { kind: 'target'; optional: boolean }
  | { kind: 'source'; optional: boolean }
  | { kind: 'compound'; optional: boolean }
  | { kind: 'skip'; optional: boolean }
  | { kind: 'gap'; max: number; optional: boolean }
  | { kind: 'group'; elements: PatternElement[]; optional: true }
) & {
  /** Written `_x`: directly after the element before it, without the modifiers others may step over. */
  adjacent?: boolean;
};

export interface VerbPattern {
  id: string;
  code: string;
  /** Written `032:033`: each event also gives this one from its target to its source. */
  reverseCode?: string;
  elements: PatternElement[];
  /** Index in `elements` of the trigger word. */
  head: number;
  /** Lemmas of the trigger's alternatives, keys of the index. */
  headWords: string[];
  noun: boolean;
  voice: 'any' | 'active' | 'passive';
  nosubject: boolean;
  /** Only an event when the target is an actor ("the detainees were held"; not "talks were held"). */
  needTarget: boolean;
  /** The subject undergoes the event, as in a passive ("X came under attack", "X suffered an attack"). */
  patient: boolean;
  /** Words matched beyond the trigger: longer patterns win over shorter ones on the same trigger. */
  specificity: number;
  origin: string;
}

export interface ModalityCue {
  id: string;
  mood: 'intent' | 'threat' | 'negate' | 'hypothetical';
  /** Phrases as word keys. */
  phrases: string[][];
  origin: string;
}

export interface VerbLexicon {
  patterns: VerbPattern[];
  byHead: Map<string, VerbPattern[]>;
  synsets: Map<string, string[][]>;
  cues: ModalityCue[];
  /** Longest-prefix map from a CAMEO code to the code of its intent (03x) and threat (13x) forms. */
  intent: Map<string, string>;
  threat: Map<string, string>;
}

export function emptyVerbLexicon(): VerbLexicon {
  return { patterns: [], byHead: new Map(), synsets: new Map(), cues: [], intent: new Map(), threat: new Map() };
}

const CAMEO_CODE = /^\d{2,4}$/;
const ID = /^[a-z0-9][a-z0-9._\-]*$/;

/** Parses `&name | member ; member` lines into the lexicon's synsets. */
export function parseSynsets(file: string, text: string, lex: VerbLexicon): void {
  for (const { line, fields } of dictLines(file, text, { min: 2, max: 2 })) {
    const name = fields[0]!;
    if (!/^&[a-z0-9_\-]+$/.test(name)) throw new DictionaryError(file, line, `synset name '${name}' must look like &name`);
    const members = listField(fields[1]).map((m) => phraseKeys(m));
    const existing = lex.synsets.get(name) ?? [];
    lex.synsets.set(name, [...existing, ...members]);
  }
}

/** Parses pattern lines. Synsets must be loaded first. */
export function parseVerbPatterns(file: string, text: string, lex: VerbLexicon): void {
  for (const { line, fields } of dictLines(file, text, { min: 3, max: 4, separator: /\s+\|\s+|\s+\|$/ })) {
    const [id, code, pattern, flagsField = ''] = fields as [string, string, string, string?];
    const fail = (why: string) => new DictionaryError(file, line, why);
    if (!ID.test(id)) throw fail(`bad id '${id}'`);
    // "032:033": a visit is also its host's receiving it, coded from the target to the source.
    const [main = '', reverse] = code.split(':');
    if (!CAMEO_CODE.test(main) || (reverse !== undefined && !CAMEO_CODE.test(reverse))) throw fail(`bad CAMEO code '${code}'`);
    const { elements, marked } = compilePattern(pattern, lex, fail);
    const head = marked ?? elements.findIndex((e) => e.kind === 'word' && !e.optional);
    if (head < 0) throw fail('a pattern needs at least one required word (the trigger)');
    const flags = flagsField.split(/\s+/).filter(Boolean);
    for (const f of flags) if (!['noun', 'passive', 'active', 'nosubject', 'needtarget', 'patient'].includes(f)) throw fail(`unknown flag '${f}'`);
    const headEl = elements[head] as Extract<PatternElement, { kind: 'word' }>;
    const p: VerbPattern = {
      id,
      code: main,
      ...(reverse ? { reverseCode: reverse } : {}),
      elements,
      head,
      headWords: headEl.alts,
      noun: flags.includes('noun'),
      voice: flags.includes('passive') ? 'passive' : flags.includes('active') ? 'active' : 'any',
      nosubject: flags.includes('nosubject'),
      needTarget: flags.includes('needtarget'),
      patient: flags.includes('patient'),
      specificity: specificityOf(elements),
      origin: `${file}:${line}`,
    };
    lex.patterns.push(p);
    for (const w of p.headWords) {
      const list = lex.byHead.get(w) ?? [];
      list.push(p);
      lex.byHead.set(w, list);
    }
  }
}

function specificityOf(elements: readonly PatternElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'group') n += specificityOf(e.elements) / 2;
    // A synset names a chosen class ("&hum-aid"): on a tie it beats the catch-all words beside it.
    else if (e.kind === 'set') n += e.optional ? 0.5 : 1.05;
    else if (e.kind === 'word') n += e.optional ? 0.5 : 1;
    // A compound asks more of the text than a single actor.
    else if (e.kind === 'compound') n += 0.5;
    else if (e.kind !== 'gap') n += 0.25;
  }
  return n;
}

/** The elements, and the index of the one marked `>` as the trigger, if any. */
function compilePattern(pattern: string, lex: VerbLexicon, fail: (why: string) => Error): { elements: PatternElement[]; marked: number | null } {
  const words = pattern.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').split(/\s+/).filter(Boolean);
  const stack: PatternElement[][] = [[]];
  let marked: number | null = null;
  for (let raw of words) {
    let adjacent = false;
    for (;;) {
      if (raw.length > 1 && raw.startsWith('_')) {
        if (!stack[stack.length - 1]!.length) throw fail(`'${raw}': '_' joins an element to the one before it, and there is none`);
        if (/^_[*(]/.test(raw)) throw fail(`'${raw}': '_' joins a word, synset or slot, not a gap or group`);
        adjacent = true;
        raw = raw.slice(1);
      } else if (raw.startsWith('>')) {
        // ">restore" in "not >restore relations": the trigger is not the first word.
        raw = raw.slice(1);
        if (marked !== null) throw fail("only one word can be marked '>' as the trigger");
        if (stack.length > 1) throw fail("the trigger ('>') cannot be optional");
        marked = stack[0]!.length;
      } else break;
    }
    if (marked === stack[0]!.length && stack.length === 1 && (!raw || /^[+$%^*&()]/.test(raw))) throw fail("'>' marks a word as the trigger; it cannot mark a slot, gap or synset");
    if (raw === '(') {
      stack.push([]);
      continue;
    }
    if (raw === ')') {
      const inner = stack.pop();
      if (!inner || stack.length === 0) throw fail("unbalanced ')'");
      if (inner.length === 0) throw fail('empty ( )');
      const el: PatternElement = inner.length === 1 && inner[0]!.kind !== 'group' ? { ...inner[0]!, optional: true } : { kind: 'group', elements: inner, optional: true };
      stack[stack.length - 1]!.push(el);
      continue;
    }
    const el = compileElement(raw, lex, fail);
    stack[stack.length - 1]!.push(adjacent ? { ...el, adjacent } : el);
  }
  if (stack.length !== 1) throw fail("unbalanced '('");
  return { elements: stack[0]!, marked };
}

function compileElement(raw: string, lex: VerbLexicon, fail: (why: string) => Error): PatternElement {
  const optional = false;
  if (raw === '+') return { kind: 'target', optional };
  if (raw === '$') return { kind: 'source', optional };
  if (raw === '%') return { kind: 'compound', optional };
  if (raw === '^') return { kind: 'skip', optional };
  if (raw === '*') return { kind: 'gap', max: 6, optional: true };
  if (raw.startsWith('&')) {
    const members = lex.synsets.get(raw);
    if (!members) throw fail(`unknown synset '${raw}' (define it in synsets.txt)`);
    return { kind: 'set', name: raw, members, optional };
  }
  const exact = raw.startsWith('=');
  const alts = (exact ? raw.slice(1) : raw).split('|').map((w) => {
    const keys = phraseKeys(w);
    if (keys.length !== 1) throw fail(`'${w}' must be one word (use separate elements or a synset)`);
    return keys[0]!;
  });
  return { kind: 'word', alts, exact, optional };
}

/** Parses `id | mood | phrase ; phrase` modality cues (dictionaries/verbs/modality.txt). */
export function parseModalityCues(file: string, text: string, lex: VerbLexicon): void {
  for (const { line, fields } of dictLines(file, text, { min: 3, max: 3 })) {
    const [id, mood, phrases] = fields as [string, string, string];
    if (!['intent', 'threat', 'negate', 'hypothetical'].includes(mood)) {
      throw new DictionaryError(file, line, `unknown mood '${mood}' (intent, threat, negate, hypothetical)`);
    }
    lex.cues.push({ id, mood: mood as ModalityCue['mood'], phrases: listField(phrases).map(phraseKeys), origin: `${file}:${line}` });
  }
}

/** Parses `CAMEO prefix | intent code | threat code` lines (dictionaries/codebook/intent.txt). */
export function parseIntentMap(file: string, text: string, lex: VerbLexicon): void {
  for (const { line, fields } of dictLines(file, text, { min: 3, max: 3 })) {
    const [prefix, intent, threat] = fields as [string, string, string];
    for (const c of [prefix, intent, threat]) {
      if (c !== '-' && !CAMEO_CODE.test(c)) throw new DictionaryError(file, line, `bad CAMEO code '${c}'`);
    }
    if (intent !== '-') lex.intent.set(prefix, intent);
    if (threat !== '-') lex.threat.set(prefix, threat);
  }
}
