import * as chrono from 'chrono-node';
import type { ParsedComponents } from 'chrono-node';
import type { FinderInput } from './candidate.js';

/** What we read of a chrono result. */
export interface Hit {
  index: number;
  text: string;
  start: ParsedComponents;
  /** The end of a range that could not be cut in two ("Oct. 5-7"). */
  end?: ParsedComponents | undefined;
}

// chrono joins "the night of Oct. 23" into a time of day and drops the date; parse the date alone.
const TIME_OF_DAY_OF = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/i;
const RANGE_SEPARATOR = /\s*(?:[-–—]|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*/i;

/**
 * chrono over the whole article (one pass is faster than one per sentence), then repairs: a
 * result that runs into the next sentence is parsed again piece by piece, a range ("Aug. 26 to
 * Oct. 20") becomes its two dates, as each is a date of its own, and a date swallowed by a time
 * of day ("the night of Oct. 23") is parsed again without it.
 */
export function chronoHits(input: FinderInput, refDate: Date): Hit[] {
  const out: Hit[] = [];
  let si = 0;
  for (const r of chrono.en.casual.parse(input.text, refDate)) {
    const end = r.index + r.text.length;
    while (si < input.sentences.length && input.sentences[si]!.end <= r.index) si++;
    const s = input.sentences[si];
    const next = input.sentences[si + 1];
    if (s && end > s.end) {
      reparse(input.text, r.index, s.end, refDate, out);
      if (next && next.start < end) reparse(input.text, next.start, end, refDate, out);
    } else if (r.end) splitRange(r, refDate, out);
    else if (TIME_OF_DAY_OF.test(r.text) && !r.start.isCertain('day') && !r.start.isCertain('weekday')) {
      const cut = TIME_OF_DAY_OF.exec(r.text)![0].length;
      reparse(input.text, r.index + cut, end, refDate, out);
    } else out.push(r);
  }
  return out;
}

function reparse(text: string, from: number, to: number, refDate: Date, out: Hit[]): void {
  for (const sub of chrono.en.casual.parse(text.slice(from, to), refDate)) out.push({ index: from + sub.index, text: sub.text, start: sub.start, end: sub.end });
}

function splitRange(r: Hit, refDate: Date, out: Hit[]): void {
  const sep = RANGE_SEPARATOR.exec(r.text);
  if (sep && sep.index > 0) {
    const left = chrono.en.casual.parse(r.text.slice(0, sep.index), refDate);
    const rightFrom = sep.index + sep[0].length;
    const right = chrono.en.casual.parse(r.text.slice(rightFrom), refDate);
    const named = (c: ParsedComponents) => c.isCertain('month') || c.isCertain('weekday') || c.isCertain('day');
    if (left.length === 1 && right.length === 1 && named(right[0]!.start)) {
      out.push({ index: r.index + left[0]!.index, text: left[0]!.text, start: left[0]!.start });
      out.push({ index: r.index + rightFrom + right[0]!.index, text: right[0]!.text, start: right[0]!.start });
      return;
    }
  }
  out.push(r);
}
