import type { Span } from '../../model/span.js';

/** A stretch of text between quotation marks; `start`/`end` exclude the marks. */
export interface MarkedSpan extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the end of the paragraph when the quote was left open. */
  close: number;
  closed: boolean;
  /** Paragraph breaks the quote runs across (each continued paragraph reopens with a mark). */
  paragraphs: number;
}

type Kind = 'double' | 'single' | 'guillemet';

const LETTER = /[\p{L}\p{N}]/u;
// What may stand before an opening mark: nothing, space, brackets, dashes, a slash or another mark.
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:"“‘'«]/;

/**
 * Finds top-level quotations: “ ” and straight " (also '' and `` as some wires write them),
 * ‘ ’ and straight ' (British style), « ». A quote of one kind ignores marks of the others, so a
 * quote inside a quote stays part of it. A quote left open at the end of a paragraph continues
 * when the next paragraph reopens with the same kind of mark (the newspaper convention for a
 * quotation over several paragraphs); otherwise it ends with its paragraph.
 */
export function findMarkedSpans(text: string, paragraphs: readonly Span[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let open: { kind: Kind; at: number; inner: number; paragraphs: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    for (let i = para.start; i < para.end; i++) {
      if (open) {
        const len = closerAt(text, i, open.kind);
        if (len) {
          out.push({ open: open.at, start: open.inner, end: i, close: i + len, closed: true, paragraphs: open.paragraphs });
          open = null;
          i += len - 1;
        }
        continue;
      }
      const o = openerAt(text, i);
      if (o) {
        open = { kind: o.kind, at: i, inner: i + o.len, paragraphs: 0 };
        i += o.len - 1;
      }
    }
    if (!open) continue;
    const next = paragraphs[p + 1];
    const reopens = next ? openerAt(text, next.start) : null;
    if (next && reopens && reopens.kind === open.kind) {
      open.paragraphs++;
      continue;
    }
    // Left open: the quote ends with its paragraph, unless it opened at the paragraph's last
    // character (a stray mark).
    if (para.end > open.inner) out.push({ open: open.at, start: open.inner, end: para.end, close: para.end, closed: false, paragraphs: open.paragraphs });
    open = null;
  }
  return out;
}

/** An opening mark at i: its kind and length, or null. */
function openerAt(text: string, i: number): { kind: Kind; len: number } | null {
  const c = text[i]!;
  const next = text[i + 1] ?? '';
  const prev = text[i - 1] ?? ' ';
  if (c === '“' || c === '„') return { kind: 'double', len: 1 };
  // A closing mark where nothing is open, before a word, is a mistyped opening one.
  if (c === '”') return BEFORE_OPEN.test(prev) && next && !/\s/.test(next) ? { kind: 'double', len: 1 } : null;
  if (c === '«') return { kind: 'guillemet', len: 1 };
  if (c === '‘') return LETTER.test(next) || /["“]/.test(next) ? { kind: 'single', len: 1 } : null;
  if (!BEFORE_OPEN.test(prev) || /\s/.test(next) || !next) return null;
  if ((c === "'" && next === "'") || (c === '`' && next === '`')) return /\s/.test(text[i + 2] ?? ' ') ? null : { kind: 'double', len: 2 };
  if (c === '"') return { kind: 'double', len: 1 };
  // A straight apostrophe opens a quote only before a word that is not an elision ('em, 'til, '90s).
  if (c === "'" && /\p{L}/u.test(next) && !/^'(?:em|n|til|cause|tis|twas|s)\b/i.test(text.slice(i, i + 7))) return { kind: 'single', len: 1 };
  return null;
}

/** A closing mark for a quote of `kind` at i: its length, or 0. */
function closerAt(text: string, i: number, kind: Kind): number {
  const c = text[i]!;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? ' ';
  if (kind === 'guillemet') return c === '»' ? 1 : 0;
  if (kind === 'double') {
    if (c === '”') return 1;
    if (c === '"') return /\s/.test(prev) && LETTER.test(next) ? 0 : 1;
    if (c === "'" && next === "'" && !/\s/.test(prev)) return 2;
    return 0;
  }
  // Single: an apostrophe inside a word (don’t, Kim’s) is not a closing mark.
  if (c !== '’' && c !== "'") return 0;
  if (/\s/.test(prev) || LETTER.test(next)) return 0;
  return 1;
}
