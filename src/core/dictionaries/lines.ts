import { DictionaryError } from './errors.js';

export interface DictLine {
  file: string;
  line: number;
  /** The line without its comment, split on `|` and trimmed. */
  fields: string[];
  raw: string;
}

/**
 * The records of one of our pipe-separated dictionary files (event patterns use ` | ` with
 * spaces, because a bare `|` separates alternatives inside a pattern). `#` starts a comment (a `#` inside a
 * field must be written `\#`); blank lines are skipped. `expect` checks the field count.
 */
export function* dictLines(file: string, text: string, expect: { min: number; max: number; separator?: RegExp }): Generator<DictLine> {
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const body = stripComment(raw).trim();
    if (!body) continue;
    const fields = body.split(expect.separator ?? '|').map((f) => f.trim().replace(/\\#/g, '#'));
    if (fields.length < expect.min || fields.length > expect.max) {
      const want = expect.min === expect.max ? `${expect.min}` : `${expect.min} to ${expect.max}`;
      throw new DictionaryError(file, n + 1, `expected ${want} fields separated by '|', found ${fields.length}`);
    }
    yield { file, line: n + 1, fields, raw };
  }
}

function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && line[i - 1] !== '\\') return line.slice(0, i);
  }
  return line;
}

/** Splits a `;`-separated list field, dropping empty items. */
export function listField(field: string | undefined): string[] {
  return (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
