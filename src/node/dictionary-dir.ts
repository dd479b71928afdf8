import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { DictionaryFiles } from '../core/index.js';
import { detectPetrarchKind, importPetrarch, type PetrarchFile, type PetrarchImport } from '../core/dictionaries/petrarch/index.js';

/** Folders of our own format; a file there is ours unless it is plainly a PETRARCH file. */
const OUR_DIRS = new Set(['actors', 'agents', 'verbs', 'discards', 'codebook', 'lexicon']);

export interface ReadOptions {
  /** Called with the PETRARCH import (notes on what could not be converted) when there was one. */
  onImport?: (result: PetrarchImport) => void;
}

/**
 * Reads every .txt file under DIR into the relative-path → text map the core loads. Files in
 * actors/, agents/, verbs/, codebook/, lexicon/ are ours; PETRARCH/TABARI dictionaries (found by
 * name or content, anywhere) are converted; any other .txt file is an error that names it.
 */
export function readDictionaryDir(dir: string, options: ReadOptions = {}): DictionaryFiles {
  const found: { rel: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) found.push({ rel: relative(dir, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  try {
    walk(dir);
  } catch (err) {
    throw new Error(`cannot read dictionaries from ${dir}: ${(err as Error).message}`);
  }
  return classify(found, dir, options);
}

/** Reads single dictionary files (ours need their folder in the name, e.g. verbs/x.txt; PETRARCH ones are detected). */
export function readDictionaryFiles(paths: readonly string[], options: ReadOptions = {}): DictionaryFiles {
  const found = paths.map((p) => {
    try {
      return { rel: p.split(sep).slice(-2).join('/'), text: readFileSync(p, 'utf8') };
    } catch (err) {
      throw new Error(`cannot read dictionary ${p}: ${(err as Error).message}`);
    }
  });
  return classify(found, '', options);
}

function classify(found: { rel: string; text: string }[], dir: string, options: ReadOptions): DictionaryFiles {
  const ours: Record<string, string> = {};
  const petrarch: PetrarchFile[] = [];
  for (const { rel, text } of found) {
    const top = rel.includes('/') ? rel.split('/')[0]! : '';
    const kind = detectPetrarchKind(rel, text);
    if (OUR_DIRS.has(top) && (hasOurFields(text) || !kind)) ours[rel] = text;
    else if (kind) petrarch.push({ path: dir ? join(dir, rel) : rel, text, kind });
    else throw new Error(`${dir ? join(dir, rel) : rel}: not a dictionary we know: put our files under ${[...OUR_DIRS].join('/, ')}/; PETRARCH files are recognised by name (…actors.txt, …agents.txt, …verbs.txt, …discards.txt) or content`);
  }
  if (!petrarch.length) return ours;
  const imported = importPetrarch(petrarch);
  options.onImport?.(imported);
  const clash = Object.keys(imported.files).filter((p) => p in ours && p !== 'codebook/cameo-petrarch.txt');
  if (clash.length) throw new Error(`${basename(dir)}: converted PETRARCH file names clash with ours: ${clash.join(', ')}`);
  return { ...ours, ...imported.files };
}

/** Our formats separate fields with `|`; PETRARCH files never do outside comments. */
function hasOurFields(text: string): boolean {
  return text.split('\n').some((l) => !/^\s*#/.test(l) && l.includes('|'));
}
