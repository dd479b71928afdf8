import type { Highlight } from '../../../src/server/highlights.js';
import { h } from '../dom.js';
import { segments } from '../segments.js';

export interface TextOptions {
  /** The sentence to mark as the evidence (offsets into text). */
  current?: { start: number; end: number } | null;
  /** The event whose trigger and actors get the strongest mark. */
  currentEvent?: number | string | null;
}

/**
 * The article text with its sentences and highlights, built from Text nodes only. Newlines are kept
 * by CSS (white-space: pre-wrap), so paragraphs show as written.
 */
export function highlightedText(text: string, sentences: readonly { start: number; end: number }[], highlights: readonly Highlight[], opts: TextOptions = {}): HTMLElement {
  const root = h('div', { class: 'article-text' });
  const spans = sentences.length ? [...sentences].sort((a, b) => a.start - b.start) : [{ start: 0, end: text.length }];
  let at = 0;
  for (const [i, sen] of spans.entries()) {
    if (sen.start > at) root.append(text.slice(at, sen.start));
    const start = Math.max(sen.start, at);
    if (sen.end <= start) continue;
    const isCurrent = !!opts.current && opts.current.start < sen.end && opts.current.end > start;
    const el = h('span', { class: isCurrent ? 'sentence sentence-current' : 'sentence', 'data-sentence': i, ...(isCurrent ? { id: 'current-sentence' } : {}) });
    for (const seg of segments(start, sen.end, highlights)) {
      const piece = text.slice(seg.start, seg.end);
      if (!seg.kinds.length) {
        el.append(piece);
        continue;
      }
      const mine = opts.currentEvent !== undefined && opts.currentEvent !== null && seg.events.includes(opts.currentEvent);
      const cls = ['hl', ...seg.kinds.map((k) => `hl-${k}`), ...(mine ? ['hl-current'] : [])].join(' ');
      el.append(h('mark', { class: cls, title: seg.labels.join('\n') }, piece));
    }
    root.append(el);
    at = sen.end;
  }
  if (at < text.length) root.append(text.slice(at));
  return root;
}
