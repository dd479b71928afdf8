import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EvalDirSearch {
  /** `--eval-dir`: used as given, never replaced by a default. */
  flag?: string | undefined;
  /** `DYAD_EVAL_DIR`. */
  env?: string | undefined;
  cwd: string;
  repoRoot: string;
}

/**
 * Where the development sets are: the flag, else the environment, else `../shared/eval` next to
 * the current directory or the repository. Returns the candidates tried when none exists, so the
 * caller can say where it looked.
 */
export function findEvalDir(s: EvalDirSearch): { dir: string | null; tried: string[] } {
  const explicit = s.flag ?? s.env;
  const tried = explicit ? [resolve(s.cwd, explicit)] : [...new Set([resolve(s.cwd, '../shared/eval'), resolve(s.repoRoot, '../shared/eval')])];
  const dir = tried.find((d) => existsSync(d) && statSync(d).isDirectory()) ?? null;
  return { dir, tried };
}
