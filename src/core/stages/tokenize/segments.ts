import type { Span } from '../../model/span.js';

/**
 * Splits text into blocks that sentences never cross: paragraphs (blank lines) and lines that
 * stand alone, such as a headline or a dateline. A single newline inside wrapped prose does not
 * split: the next line must start with a capital or quote and the previous one must end a thought
 * or be short enough to be a heading.
 */
export function segments(text: string): Span[] {
  const out: Span[] = [];
  const lines: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, end });
    if (nl === -1) break;
    pos = nl + 1;
  }
  let current: Span | null = null;
  let prevLine = '';
  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    const trimmed = raw.trim();
    if (!trimmed) {
      if (current) out.push(current);
      current = null;
      prevLine = '';
      continue;
    }
    const lead = line.start + raw.indexOf(trimmed[0]!);
    const tail = lead + trimmed.length;
    if (current && !breaksBetween(prevLine, trimmed)) {
      current.end = tail;
    } else {
      if (current) out.push(current);
      current = { start: lead, end: tail };
    }
    prevLine = trimmed;
  }
  if (current) out.push(current);
  return out;
}

function breaksBetween(prev: string, next: string): boolean {
  if (/[.!?:;"”’)\]]$/.test(prev)) return true;
  const startsNew = /^[\p{Lu}\p{N}"“‘'(\-–—•*]/u.test(next);
  if (!startsNew) return false;
  // A heading: short, no final punctuation, followed by a capitalised line.
  return prev.length < 160;
}
