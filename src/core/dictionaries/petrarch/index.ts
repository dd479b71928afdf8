/**
 * @module dyad/core/dictionaries/petrarch
 * PETRARCH/TABARI dictionaries (actors, agents, verbs, discards) converted into our dictionary
 * files, so users can bring years of work (the Phoenix dictionaries) to this coder. Pure: text in,
 * our files out; the node side finds and reads the files.
 */
import { BUNDLED_FILES } from '../bundled.generated.js';
import { parseCameo } from '../../codebook/parse-codebook.js';
import type { DictionaryFiles } from '../load.js';
import { convertActors } from './actors.js';
import { convertAgents } from './agents.js';
import { detectPetrarchKind, type PetrarchKind } from './detect.js';
import { convertDiscards, type Discard, readDiscards } from './discards.js';
import { slug } from './names.js';
import { type ImportNote, NoteBook } from './notes.js';
import { convertVerbs } from './verbs.js';

export { detectPetrarchKind, type PetrarchKind } from './detect.js';
export type { Discard } from './discards.js';
export type { ImportNote } from './notes.js';

export interface PetrarchFile {
  /** The file's name or path, used in ids, notes and errors. */
  path: string;
  text: string;
  /** Detected from the name and content when absent. */
  kind?: PetrarchKind;
}

export interface PetrarchImport {
  /** Our dictionary files, ready for `createCoder({ dictionaries: [files] })`. */
  files: DictionaryFiles;
  /** The discard phrases read (also in `files`, as our `discards/` format: story discards apply to the article). */
  discards: Discard[];
  /** Everything that could not be said in our formats, or was approximated, with file and line. */
  notes: ImportNote[];
  /** Notes counted by construct, most frequent first. */
  summary: { construct: string; count: number }[];
}

export interface ImportOptions {
  /** CAMEO codes the coder knows; other event codes get a codebook line of their own. Default: ours. */
  knownCodes?: ReadonlySet<string>;
  /**
   * Code events as the patterns say whatever their mood, as PETRARCH does: our coder turns a
   * promised or threatened act into its 03x/13x form ("will attack" → 138), which PETRARCH never
   * does. When true, every code the imported patterns use maps to itself in the intent table
   * (`codebook/intent-petrarch.txt`). That table is shared, so this also changes what our own
   * patterns with the same codes become: use it when the imported dictionaries replace ours.
   */
  literalCodes?: boolean;
}

let bundledCodes: Set<string> | null = null;

/**
 * Converts PETRARCH dictionaries. Errors (a malformed line) throw a DictionaryError naming the
 * file and line; constructs our formats cannot express are dropped or approximated and noted.
 * Event codes our codebook lacks (the validation dictionaries use old WEIS codes) are added to a
 * codebook file of their own, with Goldstein 0, so their patterns still code.
 */
export function importPetrarch(files: readonly PetrarchFile[], options: ImportOptions = {}): PetrarchImport {
  const notes = new NoteBook();
  const out: Record<string, string> = {};
  const discards: Discard[] = [];
  const codes = new Map<string, string>();
  for (const f of files) {
    const kind = f.kind ?? detectPetrarchKind(f.path, f.text);
    const stem = slug(f.path);
    if (kind === 'actors') out[`actors/petrarch-${stem}.txt`] = convertActors(f.path, f.text, notes);
    else if (kind === 'agents') out[`agents/petrarch-${stem}.txt`] = convertAgents(f.path, f.text, notes);
    else if (kind === 'verbs') {
      const v = convertVerbs(f.path, f.text, notes);
      out[`verbs/synsets-petrarch-${stem}.txt`] = v.synsets;
      out[`verbs/petrarch-${stem}.txt`] = v.patterns;
      for (const c of v.codes) if (!codes.has(c)) codes.set(c, f.path);
    } else if (kind === 'discards') {
      const d = readDiscards(f.path, f.text);
      discards.push(...d);
      out[`discards/petrarch-${stem}.txt`] = convertDiscards(f.path, d);
    } else if (kind === 'issues') notes.add(f.path, 0, 'issues dictionary', 'not imported: we do not code issues');
    else throw new Error(`${f.path}: not a PETRARCH actors, agents, verbs or discards dictionary`);
  }
  const known = options.knownCodes ?? (bundledCodes ??= new Set(bundledCameoCodes()));
  const extra = [...codes].filter(([c]) => !known.has(c)).sort(([a], [b]) => a.localeCompare(b));
  if (extra.length) {
    out['codebook/cameo-petrarch.txt'] = [
      '# Event codes used by imported PETRARCH patterns that are not CAMEO 1.1b3 codes (Goldstein unknown: 0).',
      ...extra.map(([c, file]) => `${c} | 0 | code ${c} from ${file.split('/').pop()}`),
    ].join('\n') + '\n';
    for (const [c, file] of extra) notes.add(file, 0, 'event code not in the CAMEO codebook', `${c} added to codebook/cameo-petrarch.txt with Goldstein 0`);
  }
  if (options.literalCodes && codes.size) {
    out['codebook/intent-petrarch.txt'] = [
      '# PETRARCH codes an event as its pattern says, whatever its mood: each code is its own intent and threat form.',
      ...[...codes.keys()].sort().map((c) => `${c} | ${c} | ${c}`),
    ].join('\n') + '\n';
  }
  return { files: out, discards, notes: notes.notes, summary: notes.summary() };
}

function bundledCameoCodes(): string[] {
  const m = new Map();
  for (const [path, text] of Object.entries(BUNDLED_FILES)) if (/^codebook\/cameo/.test(path)) parseCameo(path, text, m);
  return [...m.keys()];
}
