import { DictionaryError } from '../../dictionaries/errors.js';
import { dictLines } from '../../dictionaries/lines.js';

/** Word → polarity weight (-1..1). Negative for conflict and harm, positive for agreement and help. */
export type ToneLexicon = ReadonlyMap<string, number>;

/** Parses `word | weight` lines. */
export function parseToneLexicon(file: string, text: string, into = new Map<string, number>()): Map<string, number> {
  for (const { line, fields } of dictLines(file, text, { min: 2, max: 2 })) {
    const w = Number(fields[1]);
    if (!Number.isFinite(w) || w < -1 || w > 1) throw new DictionaryError(file, line, `weight must be a number from -1 to 1`);
    into.set(fields[0]!.toLowerCase(), w);
  }
  return into;
}
