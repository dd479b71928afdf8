import type { Token } from '../../model/sentence.js';
import { SCALES, TENS, UNITS, VAGUE } from './number-words.js';

export interface ParsedNumber {
  value: number;
  /** Token range of the number words, half-open. */
  from: number;
  to: number;
  /** "hundreds of": the value is a lower bound. */
  vague: boolean;
  ruleId: string;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * The number starting at token i: digits ("1,500", "3.5"), words ("five", "twenty-six", "a
 * dozen"), either with multipliers ("two dozen", "3.5 million", "two hundred and fifty"), or a
 * vague plural ("hundreds of", "tens of thousands of"). Null when none starts here.
 */
export function parseNumber(tokens: readonly Token[], i: number, end: number): ParsedNumber | null {
  const t = tokens[i];
  if (!t || i >= end) return null;
  const vague = parseVague(tokens, i, end);
  if (vague) return vague;
  let value: number;
  let j = i + 1;
  let ruleId = 'count.words';
  if (DIGITS.test(t.text)) {
    value = Number(t.text.replace(/,/g, ''));
    ruleId = 'count.digits';
  } else if (UNITS[t.key] !== undefined) value = UNITS[t.key]!;
  else if (TENS[t.key] !== undefined) {
    value = TENS[t.key]!;
    // "twenty-six": the tokenizer splits on the hyphen.
    const unit = tokens[i + 2];
    if (tokens[i + 1]?.key === '-' && unit && i + 2 < end && UNITS[unit.key] !== undefined && UNITS[unit.key]! < 10) {
      value += UNITS[unit.key]!;
      j = i + 3;
    }
  } else if ((t.key === 'a' || t.key === 'an') && SCALES[tokens[i + 1]?.key ?? ''] !== undefined) value = 1;
  else return null;
  while (j < end && SCALES[tokens[j]!.key] !== undefined) {
    value *= SCALES[tokens[j]!.key]!;
    j++;
    if (ruleId === 'count.words' && tokens[j - 1]!.key === 'dozen') ruleId = 'count.dozen';
    // "two hundred and fifty"
    if (tokens[j - 1]!.key === 'hundred' && tokens[j]?.key === 'and' && j + 1 < end) {
      const rest = parseNumber(tokens, j + 1, end);
      if (rest && !rest.vague && rest.value < 100) {
        value += rest.value;
        j = rest.to;
      }
    }
  }
  return { value, from: i, to: j, vague: false, ruleId };
}

/** "hundreds of", "tens of thousands of", "hundreds of thousands of": a lower bound, up to the "of". */
function parseVague(tokens: readonly Token[], i: number, end: number): ParsedNumber | null {
  const t = tokens[i]!;
  let value: number | undefined;
  let j = i + 1;
  if (t.key === 'tens' && tokens[i + 1]?.key === 'of' && VAGUE[tokens[i + 2]?.key ?? ''] !== undefined && tokens[i + 2]!.key !== 'dozens') {
    value = 20 * (SCALES[tokens[i + 2]!.key.replace(/s$/, '')] ?? 0);
    j = i + 3;
  } else value = VAGUE[t.key];
  if (!value) return null;
  // "hundreds of thousands of"
  if (tokens[j]?.key === 'of' && VAGUE[tokens[j + 1]?.key ?? ''] !== undefined && tokens[j + 1]!.key !== 'dozens' && tokens[j + 1]!.key !== 'scores') {
    value *= SCALES[tokens[j + 1]!.key.replace(/s$/, '')] ?? 1;
    j += 2;
  }
  if (tokens[j]?.key !== 'of' || j >= end) return null;
  return { value, from: i, to: j, vague: true, ruleId: 'count.vague-plural' };
}
