import { DictionaryError } from '../dictionaries/errors.js';
import { dictLines } from '../dictionaries/lines.js';
import type { CameoCoding, PloverCoding } from '../model/event.js';
import { type CameoEntry, type Codebook, quadClassOf } from './codebook.js';

const CODE = /^\d{2,4}$/;

/** `code | goldstein | name` (dictionaries/codebook/cameo.txt). */
export function parseCameo(file: string, text: string, into = new Map<string, CameoEntry>()): Map<string, CameoEntry> {
  for (const { line, fields } of dictLines(file, text, { min: 3, max: 3 })) {
    const [code, g, name] = fields as [string, string, string];
    if (!CODE.test(code)) throw new DictionaryError(file, line, `bad CAMEO code '${code}'`);
    const goldstein = Number(g);
    if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10) throw new DictionaryError(file, line, `Goldstein score must be -10..10`);
    into.set(code, { code, name, goldstein, quadClass: quadClassOf(code.slice(0, 2)), origin: `${file}:${line}` });
  }
  return into;
}

/** `cameo code | PLOVER TYPE | mode | context` with `-` for none (dictionaries/codebook/plover.txt). */
export function parsePlover(file: string, text: string, into = new Map<string, PloverCoding>()): Map<string, PloverCoding> {
  for (const { line, fields } of dictLines(file, text, { min: 2, max: 4 })) {
    const [code, type, mode = '-', context = '-'] = fields as [string, string, string?, string?];
    if (!CODE.test(code)) throw new DictionaryError(file, line, `bad CAMEO code '${code}'`);
    if (!/^[A-Z_]+$/.test(type)) throw new DictionaryError(file, line, `PLOVER type must be upper case ('${type}')`);
    into.set(code, { type, ...(mode !== '-' ? { mode } : {}), ...(context !== '-' ? { context } : {}) });
  }
  return into;
}

export function makeCodebook(cameo: Map<string, CameoEntry>, plover: Map<string, PloverCoding>): Codebook {
  const lookup = <T>(m: Map<string, T>, code: string): T | undefined => {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const hit = m.get(c);
      if (hit) return hit;
    }
    return undefined;
  };
  return {
    cameo: (code) => cameo.get(code),
    coding(code): CameoCoding | null {
      const e = lookup(cameo, code);
      if (!e) return null;
      const exact = cameo.get(code);
      return {
        code,
        root: code.slice(0, 2),
        name: (exact ?? e).name,
        quadClass: quadClassOf(code.slice(0, 2)),
        goldstein: (exact ?? e).goldstein,
      };
    },
    plover: (code) => lookup(plover, code) ?? { type: 'UNKNOWN' },
    codes: () => [...cameo.keys()].sort(),
  };
}
