/**
 * @module
 * Cuts a stretch of text into pieces by the highlights that cover them, so overlapping and nested
 * spans (an actor inside a quote, a trigger inside a sentence) render as flat, non-overlapping
 * pieces, each knowing every highlight over it. Pure: tested without a browser.
 */
import type { Highlight, HighlightKind } from '../../src/server/highlights.js';

export interface Segment {
  start: number;
  end: number;
  /** Kinds over this piece, in the order of HighlightKind priority (trigger first). */
  kinds: HighlightKind[];
  labels: string[];
  /** Events whose trigger or actors cover this piece. */
  events: (number | string)[];
}

const PRIORITY: HighlightKind[] = ['trigger', 'actor', 'place', 'date', 'count', 'quote'];

export function segments(start: number, end: number, highlights: readonly Highlight[]): Segment[] {
  const over = highlights.filter((h) => h.start < end && h.end > start);
  const cuts = new Set<number>([start, end]);
  for (const h of over) {
    cuts.add(Math.max(start, h.start));
    cuts.add(Math.min(end, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const active = over.filter((h) => h.start <= a && h.end >= b);
    const kinds = PRIORITY.filter((k) => active.some((h) => h.kind === k));
    const labels = [...new Set(active.map((h) => `${h.kind}: ${h.label}`))];
    const events = [...new Set(active.flatMap((h) => (h.event === undefined ? [] : [h.event])))];
    const prev = out[out.length - 1];
    // Neighbouring pieces under exactly the same highlights are one piece.
    if (prev && prev.end === a && same(prev.labels, labels) && same(prev.events, events)) prev.end = b;
    else out.push({ start: a, end: b, kinds, labels, events });
  }
  return out;
}

const same = <T>(x: T[], y: T[]) => x.length === y.length && x.every((v, i) => v === y[i]);
