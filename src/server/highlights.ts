/**
 * @module
 * The spans of an article to highlight, flattened and sorted: actors, event triggers, places, dates,
 * quotes and counts, each with a short label. Pure (types only), so the web UI uses the same function
 * for articles coded in the browser.
 */
import type { CodedArticle, Entity } from '../core/index.js';
import type { StoredArticle } from '../stores/index.js';

export type HighlightKind = 'actor' | 'trigger' | 'place' | 'date' | 'quote' | 'count';

export interface Highlight {
  kind: HighlightKind;
  /** Offsets into the article text, half-open. */
  start: number;
  end: number;
  label: string;
  /** The event a trigger or actor span belongs to: a stored event id, or a coded event id. */
  event?: number | string;
}

type Shared = Pick<CodedArticle, 'entities' | 'places' | 'dates' | 'quotes' | 'counts'>;

/** Highlights of a stored article (GET /api/articles/:id). */
export function articleHighlights(a: StoredArticle): Highlight[] {
  const out = shared(a);
  for (const e of a.events) {
    const name = `${e.cameo.code} ${e.cameo.name ?? ''}`.trim();
    for (const m of e.mentions) {
      if (m.articleId !== a.id) continue;
      out.push({ kind: 'trigger', start: m.trigger.start, end: m.trigger.end, label: name, event: e.id });
      if (m.source) out.push({ kind: 'actor', start: m.source.start, end: m.source.end, label: e.source?.code ?? 'source', event: e.id });
      if (m.target) out.push({ kind: 'actor', start: m.target.start, end: m.target.end, label: e.target?.code ?? 'target', event: e.id });
    }
  }
  return tidy(out);
}

/** Highlights of an article as the coder returns it (the in-browser coder, POST /api/code). */
export function codedHighlights(a: CodedArticle): Highlight[] {
  const out = shared(a);
  for (const e of a.events) {
    out.push({ kind: 'trigger', start: e.evidence.trigger.start, end: e.evidence.trigger.end, label: `${e.cameo.code} ${e.cameo.name}`, event: e.id });
    for (const x of [e.source, e.target]) if (x) out.push({ kind: 'actor', start: x.start, end: x.end, label: x.code, event: e.id });
  }
  return tidy(out);
}

function shared(a: Shared): Highlight[] {
  const out: Highlight[] = [];
  for (const en of a.entities) for (const m of en.mentions) out.push({ kind: 'actor', start: m.start, end: m.end, label: entityLabel(en) });
  for (const p of a.places) out.push({ kind: 'place', start: p.start, end: p.end, label: [p.name, p.country].filter(Boolean).join(', ') });
  for (const d of a.dates) out.push({ kind: 'date', start: d.start, end: d.end, label: d.value });
  for (const q of a.quotes) out.push({ kind: 'quote', start: q.start, end: q.end, label: `${q.kind} quote${q.speaker ? ` by ${q.speaker.name}` : ''}` });
  for (const c of a.counts) out.push({ kind: 'count', start: c.start, end: c.end, label: `${c.number}${c.kind ? ` ${c.kind}` : ''}: ${c.about}` });
  return out;
}

const entityLabel = (e: Entity) => (e.code ? `${e.name} (${e.code})` : e.name);

/** Valid spans only, sorted by start then longest first; an actor span repeated by an event keeps the event link. */
function tidy(list: Highlight[]): Highlight[] {
  const seen = new Map<string, Highlight>();
  for (const h of list) {
    if (!(Number.isInteger(h.start) && Number.isInteger(h.end) && h.start >= 0 && h.end > h.start)) continue;
    const key = `${h.kind}:${h.start}:${h.end}:${h.event ?? ''}`;
    if (!seen.has(key)) seen.set(key, h);
  }
  return [...seen.values()].sort((x, y) => x.start - y.start || y.end - x.end || x.kind.localeCompare(y.kind));
}
