import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../../dictionaries/errors.js';
import { emptyVerbLexicon, parseIntentMap, parseModalityCues, parseSynsets, parseVerbPatterns, type PatternElement, type VerbLexicon } from './verb-lexicon.js';

const lexWith = (synsets = '&ties | relations; diplomatic ties; ties'): VerbLexicon => {
  const lex = emptyVerbLexicon();
  parseSynsets('verbs/synsets.txt', synsets, lex);
  return lex;
};

const errorOf = (fn: () => unknown): DictionaryError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DictionaryError) return e;
    throw e;
  }
  throw new Error('expected a DictionaryError');
};

describe('parseVerbPatterns', () => {
  it('keeps "a|b" inside a pattern as alternatives: fields are separated by " | " with spaces', () => {
    const lex = lexWith();
    parseVerbPatterns('verbs/17.txt', '173.detain | 173 | detain|arrest|apprehend', lex);
    const [p] = lex.patterns;
    expect(p).toMatchObject({ id: '173.detain', code: '173', headWords: ['detain', 'arrest', 'apprehend'], noun: false, voice: 'any', origin: 'verbs/17.txt:1' });
    expect(lex.byHead.get('arrest')).toEqual([p]);
  });

  it('compiles optional words, groups, synsets, slots and gaps, and indexes the first required word', () => {
    const lex = lexWith();
    parseVerbPatterns('v.txt', '161.sever | 161 | (formally) sever|cut (off) &ties with + * (by $)', lex);
    const p = lex.patterns[0]!;
    expect(p.head).toBe(1);
    expect(p.headWords).toEqual(['sever', 'cut']);
    const kinds = p.elements.map((e: PatternElement) => `${e.kind}${e.optional ? '?' : ''}`);
    expect(kinds).toEqual(['word?', 'word', 'word?', 'set', 'word', 'target', 'gap?', 'group?']);
    const set = p.elements[3] as Extract<PatternElement, { kind: 'set' }>;
    expect(set.members).toEqual([['relations'], ['diplomatic', 'ties'], ['ties']]);
  });

  it('reads the flags', () => {
    const lex = lexWith();
    parseVerbPatterns('v.txt', ['036.talks | 036 | talks with + | noun', '181.held | 181 | hold * hostage | passive', '183.blast | 183 | blast in + | noun nosubject'].join('\n'), lex);
    expect(lex.patterns.map((p) => [p.noun, p.voice, p.nosubject])).toEqual([
      [true, 'any', false],
      [false, 'passive', false],
      [true, 'any', true],
    ]);
  });

  it('ranks longer patterns as more specific, and a synset above the bare word beside it', () => {
    const lex = lexWith('&hum | humanitarian aid; food aid');
    parseVerbPatterns('v.txt', ['023.aid | 023 | appeal for aid', '0233.hum | 0233 | appeal for &hum', '020.appeal | 020 | appeal'].join('\n'), lex);
    const [aid, hum, bare] = lex.patterns.map((p) => p.specificity);
    expect(hum!).toBeGreaterThan(aid!);
    expect(aid!).toBeGreaterThan(bare!);
  });

  it("takes the word marked '>' as the trigger, with the words before it matched leftwards", () => {
    const lex = lexWith();
    parseVerbPatterns('v.txt', '112.not | 112 | not * >restore|renew &ties with +', lex);
    const p = lex.patterns[0]!;
    expect(p.head).toBe(2);
    expect(p.headWords).toEqual(['restore', 'renew']);
    expect(lex.byHead.has('not')).toBe(false);
    expect(p.specificity).toBeGreaterThan(lexWith().patterns.length);
    const plain = lexWith();
    parseVerbPatterns('v.txt', '064.restore | 064 | restore|renew &ties with +', plain);
    expect(p.specificity).toBeGreaterThan(plain.patterns[0]!.specificity);
  });

  it("marks '_x' elements as directly after the one before, also on the trigger", () => {
    const lex = lexWith();
    parseVerbPatterns('v.txt', ['062.a | 062 | new _&ties with +', '063.b | 063 | recently _>allow', '064.c | 064 | not >_allow'].join('\n'), lex);
    expect(lex.patterns[0]!.elements.map((e) => !!e.adjacent)).toEqual([false, true, false, false]);
    expect(lex.patterns[1]!.head).toBe(1);
    expect(lex.patterns[1]!.elements[1]!.adjacent).toBe(true);
    expect(lex.patterns[2]!.elements[1]!.adjacent).toBe(true);
  });

  it('reads a paired code: the second is coded from the target back to the source', () => {
    const lex = lexWith();
    parseVerbPatterns('v.txt', '042.visit | 042:043 | visit', lex);
    expect(lex.patterns[0]).toMatchObject({ code: '042', reverseCode: '043' });
  });

  it('names the file and line of every kind of mistake', () => {
    const bad = (line: string) => errorOf(() => parseVerbPatterns('verbs/19-fight.txt', `190.ok | 190 | attack\n${line}`, lexWith()));
    expect(bad('19x.shell | 19x | shell').message).toBe("verbs/19-fight.txt:2: bad CAMEO code '19x'");
    expect(bad('190.shell | 190:1x | shell').message).toBe("verbs/19-fight.txt:2: bad CAMEO code '190:1x'");
    expect(bad('Bad Id | 190 | shell').message).toBe("verbs/19-fight.txt:2: bad id 'Bad Id'");
    expect(bad('190.s | 190 | shell &weapons').message).toBe("verbs/19-fight.txt:2: unknown synset '&weapons' (define it in synsets.txt)");
    expect(bad('190.s | 190 | shell | loud').message).toBe("verbs/19-fight.txt:2: unknown flag 'loud'");
    expect(bad('190.s | 190 | + (with $)').message).toBe('verbs/19-fight.txt:2: a pattern needs at least one required word (the trigger)');
    expect(bad('190.s | 190 | cease-fire').message).toMatch(/^verbs\/19-fight\.txt:2: 'cease-fire' must be one word/);
    expect(bad('190.s | 190 | shell (at +').message).toBe("verbs/19-fight.txt:2: unbalanced '('");
    expect(bad('190.s | 190').message).toMatch(/^verbs\/19-fight\.txt:2: expected 3 to 4 fields/);
    expect(bad('190.s | 190 | >shell >fire').message).toBe("verbs/19-fight.txt:2: only one word can be marked '>' as the trigger");
    expect(bad('190.s | 190 | heavily (>shell)').message).toBe("verbs/19-fight.txt:2: the trigger ('>') cannot be optional");
    expect(bad('190.s | 190 | shell >+').message).toMatch(/'>' marks a word as the trigger/);
    expect(bad('190.s | 190 | shell >%').message).toMatch(/'>' marks a word as the trigger/);
    expect(bad('190.s | 190 | shell >_+').message).toMatch(/'>' marks a word as the trigger/);
    expect(bad('190.s | 190 | shell >^').message).toMatch(/'>' marks a word as the trigger/);
    expect(bad('190.s | 190 | _shell').message).toMatch(/'_shell': '_' joins an element to the one before it, and there is none/);
    expect(bad('190.s | 190 | shell _*').message).toMatch(/'_' joins a word, synset or slot, not a gap or group/);
  });
});

describe('parseSynsets', () => {
  it('merges repeated sets and splits members into words', () => {
    const lex = lexWith('&a | one; two words\n&a | three');
    expect(lex.synsets.get('&a')).toEqual([['one'], ['two', 'words'], ['three']]);
  });

  it('rejects a name without & with its file and line', () => {
    expect(errorOf(() => lexWith('&ok | x\nties | relations')).message).toBe("verbs/synsets.txt:2: synset name 'ties' must look like &name");
  });
});

describe('parseModalityCues', () => {
  it('reads moods and phrases', () => {
    const lex = emptyVerbLexicon();
    parseModalityCues('m.txt', 'mood.intent.vow | intent | vow; be ready\nmood.negate.fail | negate | fail', lex);
    expect(lex.cues.map((c) => [c.id, c.mood, c.phrases])).toEqual([
      ['mood.intent.vow', 'intent', [['vow'], ['be', 'ready']]],
      ['mood.negate.fail', 'negate', [['fail']]],
    ]);
  });

  it('rejects an unknown mood with its file and line', () => {
    expect(errorOf(() => parseModalityCues('verbs/modality.txt', '\nm.x | maybe | perhaps', emptyVerbLexicon())).message).toMatch(/^verbs\/modality\.txt:2: unknown mood 'maybe'/);
  });
});

describe('parseIntentMap', () => {
  it('keeps the intent and threat columns apart and skips -', () => {
    const lex = emptyVerbLexicon();
    parseIntentMap('i.txt', '04 | 036 | -\n19 | 138 | 138\n191 | - | 1381', lex);
    expect([...lex.intent]).toEqual([
      ['04', '036'],
      ['19', '138'],
    ]);
    expect([...lex.threat]).toEqual([
      ['19', '138'],
      ['191', '1381'],
    ]);
  });

  it('rejects a bad code with its file and line', () => {
    expect(errorOf(() => parseIntentMap('codebook/intent.txt', '04 | 036 | -\n05 | 3x | -', emptyVerbLexicon())).message).toBe("codebook/intent.txt:2: bad CAMEO code '3x'");
  });
});
