import { csvRecords } from '../csv.js';

export interface CameoExample {
  code: string;
  root: string;
  name: string;
  text: string;
}

/**
 * Typographic punctuation in the file went through two wrong decodings: UTF-8 bytes read as Mac
 * Roman, then saved as Windows-1252, so a right quote ’ (E2 80 99) reads "‚Äô" (bytes 82 C4 F4 in
 * the file, which we decode as latin-1). The sequences found in the file, mapped back.
 */
const MOJIBAKE: [string, string][] = [
  ['\x82\xc4\xf4', '\u2019'],
  ['\x82\xc4\xf2', '\u2018'],
  ['\x82\xc4\xf9', '\u201c'],
  ['\x82\xc4\xfa', '\u201d'],
  ['\x82\xc4\xee', '\u2014'],
  ['\x82\xc4\xec', '\u2013'],
];

export function repairMojibake(s: string): string {
  let out = s;
  for (const [bad, good] of MOJIBAKE) out = out.split(bad).join(good);
  return out;
}

/**
 * Reads the CAMEO codebook CSV (latin-1 bytes): one example sentence per code, `NA` where a
 * code has none (the two-digit roots). Takes the raw bytes so the caller need not know the encoding.
 */
export function readCameoExamples(bytes: Uint8Array): CameoExample[] {
  const text = repairMojibake(new TextDecoder('latin1').decode(bytes));
  return csvRecords(text)
    .map((r) => ({ code: (r.code ?? '').trim(), root: (r.root_code ?? '').trim(), name: (r.name ?? '').trim(), text: (r.example ?? '').trim() }))
    .filter((e) => /^\d{2,4}$/.test(e.code) && e.text && e.text !== 'NA')
    .map((e) => ({ ...e, root: e.root || e.code.slice(0, 2) }));
}
