import type { Coder } from '../core/coder.js';
import type { DictionaryFiles } from '../core/dictionaries/load.js';

/** One row of the `dyad eval` table. */
export interface EvalRow {
  set: string;
  /** What is scored: "event type (PLOVER)", "root code", "DATE value", ... */
  metric: string;
  items: number;
  precision?: number;
  recall?: number;
  f1?: number;
  accuracy?: number;
  /** Anything else worth printing: "median error 12 km". */
  note?: string;
}

/** A miss shown by `dyad eval --errors N`: the text, the gold coding, ours, and the rules that fired. */
export interface EvalMiss {
  set: string;
  id: string;
  text: string;
  gold: string;
  ours: string;
  ruleIds: string[];
  /** Larger is worse; used to pick the N worst. */
  severity: number;
}

export interface EvalContext {
  /** Absolute path of the shared eval directory (`../shared/eval`). */
  evalDir: string;
  coder: Coder;
  /**
   * Make a coder with extra or replacement dictionaries (for the PETRARCH validation dictionaries):
   * a directory, single files (ours or PETRARCH/TABARI, detected by name and content), or
   * dictionary files already in memory (a set that imports PETRARCH files itself, to report on it).
   */
  makeCoder(options: { dictionaryDir?: string; dictionaryFiles?: string[]; dictionaries?: DictionaryFiles[]; replaceDefaults?: boolean }): Coder;
  /** Collect misses only when asked. */
  wantMisses: boolean;
}

export interface EvalResult {
  rows: EvalRow[];
  misses: EvalMiss[];
}

/**
 * An evaluation on one development set. Each set is a small module: a reader for the format
 * (tested on lines we write ourselves) and a scorer. Sets whose files are missing are skipped.
 */
export interface EvalSet {
  name: string;
  /**
   * Files that must exist: paths under evalDir, or absolute paths for a set kept in this
   * repository (own-news, held-out-2), which resolves its own file and needs nothing from evalDir.
   */
  requires: string[];
  run(ctx: EvalContext): Promise<EvalResult> | EvalResult;
}
