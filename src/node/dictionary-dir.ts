import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DictionaryFiles } from '../core/index.js';

/** Reads every .txt file under DIR into the relative-path → text map the core loads. */
export function readDictionaryDir(dir: string): DictionaryFiles {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) files[relative(dir, p).split(sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  try {
    walk(dir);
  } catch (err) {
    throw new Error(`cannot read dictionaries from ${dir}: ${(err as Error).message}`);
  }
  return files;
}
