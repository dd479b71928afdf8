import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { EvalContext, EvalMiss, EvalRow, EvalSet } from './eval-set.js';

export interface RunReport {
  rows: EvalRow[];
  misses: EvalMiss[];
  /** Sets not run, with the reason (missing files). */
  skipped: { set: string; reason: string }[];
  /** Sets that threw; their message is also a row note. */
  failed: string[];
}

/** Picks the sets named in `--set a,b` (all when none), failing on a name we do not know. */
export function selectSets(all: readonly EvalSet[], names: string | undefined): EvalSet[] {
  if (!names) return [...all];
  const wanted = names.split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = wanted.filter((n) => !all.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown set ${unknown.map((n) => `'${n}'`).join(', ')} (known: ${all.map((s) => s.name).join(', ')})`);
  return all.filter((s) => wanted.includes(s.name));
}

/**
 * Runs each set whose files exist, one after the other, sharing the context's coder. A set that
 * throws does not stop the others: its error becomes a row, and the run is reported as failed.
 */
export async function runSets(sets: readonly EvalSet[], ctx: EvalContext, log: (line: string) => void = () => {}): Promise<RunReport> {
  const report: RunReport = { rows: [], misses: [], skipped: [], failed: [] };
  for (const set of sets) {
    // resolve, not join: an absolute path (an in-repo set's own file) stays as it is.
    const missing = set.requires.filter((f) => !existsSync(resolve(ctx.evalDir, f)));
    if (missing.length) {
      const reason = `missing ${missing.join(', ')}`;
      report.skipped.push({ set: set.name, reason });
      log(`eval: skipping ${set.name}: ${reason}`);
      continue;
    }
    try {
      const r = await set.run(ctx);
      report.rows.push(...r.rows);
      report.misses.push(...r.misses);
    } catch (err) {
      report.failed.push(set.name);
      report.rows.push({ set: set.name, metric: 'error', items: 0, note: (err as Error).message });
    }
  }
  return report;
}

/** A set kept in this repository: all its files are absolute paths, none under the shared eval dir. */
export const isInRepo = (set: EvalSet): boolean => set.requires.length > 0 && set.requires.every((f) => isAbsolute(f));

/** The N worst misses, worst first; equal severity keeps the sets' own order. */
export function worstMisses(misses: readonly EvalMiss[], n: number): EvalMiss[] {
  return misses
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.severity - a.m.severity || a.i - b.i)
    .slice(0, n)
    .map((x) => x.m);
}
