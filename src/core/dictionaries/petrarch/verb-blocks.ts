import { DictionaryError } from '../errors.js';
import { phraseParts, sourceLines } from './source-lines.js';

/** One verb of a block: `ABANDON`, `+BREAK_DOWN {+BROKE_DOWN}`, `KLM_NOP_+RST [002]`. */
export interface BlockVerb {
  line: number;
  /** Words before the verb word (`KLM NOP` in `KLM_NOP_+RST`). */
  before: string[];
  /** The verb word and its listed irregular forms. */
  forms: string[];
  /** Words after it (`DOWN` in `+BREAK_DOWN`). */
  after: string[];
  /** Its own code, when it has one; otherwise the block's. */
  code?: string;
}

export interface BlockPattern {
  line: number;
  /** The pattern text between `-` and the code. */
  text: string;
  code: string;
}

/** `--- NAME [code] ---` with its verbs and patterns. */
export interface VerbBlock {
  line: number;
  name: string;
  code: string;
  verbs: BlockVerb[];
  patterns: BlockPattern[];
}

export interface Synset {
  line: number;
  name: string;
  /** Members as written: `AUSTRIAN FLORIN`, `GOLDEN_GOBLIN_GALLEONS`, or another `&SET`. */
  members: string[];
}

export interface VerbDictionary {
  blocks: VerbBlock[];
  synsets: Synset[];
  /** Notes found while reading (a block with two codes ...), passed on by the converter. */
  oddities: { line: number; construct: string; detail: string }[];
}

const HEADER = /^---\s*([^[]*?)\s*((?:\[[^\]]*\]\s*)*)(?:---)?\s*$/;

/**
 * Reads the structure of a PETRARCH verb dictionary: synsets (`&NAME` then `+member` lines,
 * ended by a blank line) and verb blocks (a `---` header, verb lines, then `-` pattern lines).
 */
export function readVerbDictionary(file: string, text: string): VerbDictionary {
  const dict: VerbDictionary = { blocks: [], synsets: [], oddities: [] };
  let block: VerbBlock | null = null;
  let synset: Synset | null = null;
  for (const { line, text: t } of sourceLines(text)) {
    const s = t.trim();
    if (!s) {
      synset = null;
      continue;
    }
    // Some PETRARCH verb files end with this marker; anything after it is ignored by PETRARCH too.
    if (s.startsWith('~~FINISH')) break;
    if (s.startsWith('---')) {
      const m = HEADER.exec(s);
      if (!m || !m[1]) throw new DictionaryError(file, line, `bad verb block header '${s}' (expected '--- NAME [code] ---')`);
      const codes = [...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((c) => c[1]!.trim());
      if (codes.length > 1) dict.oddities.push({ line, construct: 'block header with several codes', detail: `kept [${codes[0]}], ignored ${codes.slice(1).map((c) => `[${c}]`).join(' ')}` });
      block = { line, name: m[1], code: codes[0] ?? '---', verbs: [], patterns: [] };
      dict.blocks.push(block);
      synset = null;
      continue;
    }
    if (s.startsWith('&')) {
      synset = { line, name: s.split(/\s+/)[0]!, members: [] };
      dict.synsets.push(synset);
      continue;
    }
    if (synset && s.startsWith('+')) {
      synset.members.push(s.slice(1).trim());
      continue;
    }
    if (!block) throw new DictionaryError(file, line, `'${s}' outside any verb block`);
    if (s.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(s);
      if (!m) throw new DictionaryError(file, line, `pattern '${s}' has no [code]`);
      block.patterns.push({ line, text: m[1]!, code: m[2]!.trim() });
      continue;
    }
    block.verbs.push(readVerb(file, line, s));
  }
  return dict;
}

function readVerb(file: string, line: number, s: string): BlockVerb {
  const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?\s*$/.exec(s);
  if (!m) throw new DictionaryError(file, line, `bad verb line '${s}' (expected 'VERB {FORMS} [code]')`);
  const main = splitVerb(m[1]!);
  const forms = (m[2] ?? '').split(/\s+/).filter(Boolean).map((f) => splitVerb(f).verb);
  return { line, before: main.before, forms: [main.verb, ...forms], after: main.after, ...(m[3] !== undefined ? { code: m[3].trim() } : {}) };
}

/** `KLM_NOP_+RST` → before [KLM, NOP], verb RST; without a `+` the first word is the verb. */
function splitVerb(raw: string): { before: string[]; verb: string; after: string[] } {
  const parts = phraseParts(raw.replace(/^\+/, '+'));
  let at = parts.findIndex((p) => p.startsWith('+'));
  if (at < 0) at = 0;
  return { before: parts.slice(0, at), verb: parts[at]!.replace(/^\+/, ''), after: parts.slice(at + 1) };
}
