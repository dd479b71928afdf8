import type { ActorRef, CodedEvent } from '../core/index.js';

/** A coded event for scorer tests, with only what the scorers read; the rest is filler. */
export function fakeEvent(o: {
  source?: string | null;
  target?: string | null;
  code: string;
  plover?: string;
  trigger?: number;
  confidence?: number;
  sourceSpan?: [number, number];
  targetSpan?: [number, number];
  location?: { name: string; country: string | null };
}): CodedEvent {
  const actor = (code: string | null | undefined, span?: [number, number]): ActorRef | null =>
    code
      ? { code, country: /^(IGO|NGO|MNC)/.test(code) ? null : code.slice(0, 3), roles: code.length > 3 ? [code.slice(3, 6)] : [], text: code, start: span?.[0] ?? 0, end: span?.[1] ?? 0, basis: 'stated', ruleIds: [`actor.${code.toLowerCase()}`] }
      : null;
  const t = o.trigger ?? 0;
  return {
    id: 'e',
    date: null,
    datePrecision: null,
    dateBasis: 'inferred',
    source: actor(o.source, o.sourceSpan),
    target: actor(o.target, o.targetSpan),
    cameo: { code: o.code, root: o.code.slice(0, 2), name: '', quadClass: 1, goldstein: 0 },
    plover: { type: o.plover ?? 'UNKNOWN' },
    location: o.location ? { ...o.location, text: o.location.name, lat: 0, lon: 0, start: 0, end: 0, basis: 'stated', ruleIds: [] } : null,
    evidence: { start: 0, end: 0, sentenceIndex: 0, text: '', trigger: { start: t, end: t + 1, text: 'x' } },
    modality: { mood: 'asserted', negated: false, reportedBy: null },
    confidence: o.confidence ?? 0.5,
    ruleIds: [`pattern.${o.code}`],
  };
}

/** What `codeItem` returns, built from a list of events (the primary is the first). */
export function fakeItem(events: CodedEvent[]) {
  const primary = events[0] ?? null;
  const group = primary ? events.filter((e) => e.evidence.trigger.start === primary.evidence.trigger.start && e.cameo.code === primary.cameo.code) : [];
  return { primary, group, article: { events } };
}
