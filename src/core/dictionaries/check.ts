/**
 * `dyad dict check`: finds what the loader would accept silently but code wrongly — shared
 * names, bad codes, two presidents on one day — and collects every parse error instead of
 * stopping at the first. Pure: takes dictionary texts, returns issues.
 * @module
 */
import { parseCameo, parsePlover } from '../codebook/parse-codebook.js';
import { emptyVerbLexicon, parseIntentMap, parseModalityCues, parseSynsets, parseVerbPatterns } from '../stages/events/verb-lexicon.js';
import { parseToneLexicon } from '../stages/tone/tone-lexicon.js';
import { type ActorEntry, parseActorRecord } from './actors.js';
import { type AgentEntry, parseAgentRecord } from './agents.js';
import { parseDiscards } from './discards.js';
import { checkAgentNouns, checkCodes, checkIds, checkSharedNames } from './check-names.js';
import { checkOffices } from './check-offices.js';
import { readAllowances } from './check-directives.js';
import { DictionaryError } from './errors.js';
import { dictLines } from './lines.js';
import type { DictionaryFiles } from './load.js';

export type Severity = 'error' | 'warning';

export interface DictionaryIssue {
  severity: Severity;
  /** What kind of problem, for filtering and tests: `parse`, `duplicate-id`, `shared-name`, ... */
  kind: string;
  /** Set index (0 for the first set given) and path inside it, so a CLI can name the real file. */
  set: number;
  file: string;
  line: number;
  message: string;
}

/** An actor or agent entry with where it came from. */
export interface Located<T> {
  entry: T;
  set: number;
  file: string;
  line: number;
}

export interface CheckInput {
  actors: Located<ActorEntry>[];
  agents: Located<AgentEntry>[];
}

export type Report = (severity: Severity, kind: string, at: { set: number; file: string; line: number }, message: string) => void;

/**
 * Checks dictionary sets as `loadResources` would load them (later sets extend earlier ones).
 * Returns errors and warnings sorted by set, file and line.
 */
export function checkDictionaries(sets: readonly DictionaryFiles[]): DictionaryIssue[] {
  const issues: DictionaryIssue[] = [];
  const report: Report = (severity, kind, at, message) => issues.push({ severity, kind, ...at, message });
  const input: CheckInput = { actors: [], agents: [] };
  const files = sets.flatMap((set, i) => Object.entries(set).map(([file, text]) => ({ set: i, file, text })));
  const verbs = emptyVerbLexicon();
  // Synsets first: patterns refer to them.
  for (const f of files) if (kindOf(f.file) === 'synsets') eachLine(f, report, (t) => parseSynsets(f.file, t, verbs));
  const used = new Set<string>();
  for (const f of files) {
    const kind = kindOf(f.file);
    if (kind === 'actors') parseEach(f, report, 4, 4, (line, fields) => input.actors.push({ entry: parseActorRecord(f.file, line, fields), set: f.set, file: f.file, line }));
    else if (kind === 'agents') parseEach(f, report, 3, 4, (line, fields) => input.agents.push({ entry: parseAgentRecord(f.file, line, fields), set: f.set, file: f.file, line }));
    else if (kind === 'verbs') {
      eachLine(f, report, (t) => parseVerbPatterns(f.file, t, verbs));
      for (const m of f.text.matchAll(/&[a-z0-9_\-]+/g)) used.add(m[0]);
    } else if (kind === 'modality') {
      eachLine(f, report, (t) => parseModalityCues(f.file, t, verbs));
      for (const m of f.text.matchAll(/&[a-z0-9_\-]+/g)) used.add(m[0]);
    }
    else if (kind === 'intent') eachLine(f, report, (t) => parseIntentMap(f.file, t, verbs));
    else if (kind === 'cameo') eachLine(f, report, (t) => parseCameo(f.file, t));
    else if (kind === 'plover') eachLine(f, report, (t) => parsePlover(f.file, t));
    else if (kind === 'tone') eachLine(f, report, (t) => parseToneLexicon(f.file, t));
    else if (kind === 'discards') eachLine(f, report, (t) => parseDiscards(f.file, t));
    else if (kind === 'unknown') report('error', 'unknown-file', { set: f.set, file: f.file, line: 0 }, 'not a dictionary file we know: put it under actors/, agents/, verbs/, discards/, codebook/ or lexicon/');
  }
  for (const f of files) {
    if (kindOf(f.file) !== 'synsets') continue;
    for (const { line, fields } of safeLines(f.file, f.text, 2, 2)) {
      if (fields[0] && !used.has(fields[0])) report('warning', 'unused-synset', { set: f.set, file: f.file, line }, `synset ${fields[0]} is not used by any pattern or modality cue`);
    }
  }
  const allow = readAllowances(files.filter((f) => kindOf(f.file) === 'actors'), report);
  checkIds(input, report);
  checkCodes(input, report);
  checkSharedNames(input, allow, report);
  checkAgentNouns(input, report);
  checkOffices(input, allow, report);
  return issues.sort((a, b) => a.set - b.set || a.file.localeCompare(b.file) || a.line - b.line);
}

type FileKind = 'actors' | 'agents' | 'verbs' | 'synsets' | 'modality' | 'intent' | 'cameo' | 'plover' | 'tone' | 'discards' | 'unknown';

/** The same dispatch as `loadResources`: the folder, then the file name, decide the format. */
function kindOf(path: string): FileKind {
  const parts = path.split('/');
  const dir = parts[0];
  const name = parts[parts.length - 1] ?? '';
  if (dir === 'actors' || dir === 'agents') return dir;
  if (dir === 'verbs') return name.startsWith('synsets') ? 'synsets' : name.startsWith('modality') ? 'modality' : 'verbs';
  if (dir === 'codebook') return name.startsWith('cameo') ? 'cameo' : name.startsWith('plover') ? 'plover' : name.startsWith('intent') ? 'intent' : 'unknown';
  if (dir === 'lexicon' && name.startsWith('tone')) return 'tone';
  if (dir === 'discards') return 'discards';
  return 'unknown';
}

interface FileText {
  set: number;
  file: string;
  text: string;
}

/** Runs a whole-file parser on each line alone, so one bad line does not hide the next. */
function eachLine(f: FileText, report: Report, parse: (oneLine: string) => void): void {
  const lines = f.text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      parse(raw);
    } catch (err) {
      if (!(err instanceof DictionaryError)) throw err;
      report('error', 'parse', { set: f.set, file: f.file, line: i + 1 }, err.reason);
    }
  });
}

/** Splits each line into fields and hands them to a record parser, reporting errors with the real line. */
function parseEach(f: FileText, report: Report, min: number, max: number, record: (line: number, fields: string[]) => void): void {
  const lines = f.text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    try {
      for (const { fields } of dictLines(f.file, raw, { min, max })) record(i + 1, fields);
    } catch (err) {
      if (!(err instanceof DictionaryError)) throw err;
      report('error', 'parse', { set: f.set, file: f.file, line: i + 1 }, err.reason);
    }
  });
}

/** Records of a file, skipping lines that do not split (they were reported already). */
function* safeLines(file: string, text: string, min: number, max: number) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    try {
      for (const r of dictLines(file, lines[i]!, { min, max })) yield { ...r, line: i + 1 };
    } catch {
      // reported by the parser pass
    }
  }
}
