/**
 * @module
 * One shape for an event as the evidence view and the in-browser coder show it, from either a
 * stored event (GET /api/articles/:id) or a freshly coded one (the core in the page).
 */
import type { CodedEvent, QuadClass } from '../../../src/core/index.js';
import type { EventRecord, MentionRecord } from '../../../src/stores/store.js';

export interface EventItem {
  key: number | string;
  date: string | null;
  source: { code: string; name: string | null } | null;
  target: { code: string; name: string | null } | null;
  cameo: { code: string; name: string; quadClass: QuadClass; goldstein: number };
  plover: string | null;
  place: string | null;
  mood: string;
  negated: boolean;
  confidence: number;
  ruleIds: string[];
  sentence: { start: number; end: number; text: string };
  trigger: string;
  /** Stored events only: how many mentions, articles and independent sources report it. */
  counts?: { mentions: number; articles: number; sources: number };
}

export function fromStored(e: EventRecord & { mentions: MentionRecord[] }, articleId: number): EventItem {
  const m = e.mentions.find((x) => x.articleId === articleId) ?? e.evidence;
  const actor = (a: EventRecord['source']) => (a ? { code: a.code, name: a.name } : null);
  return {
    key: e.id,
    date: e.date,
    source: actor(e.source),
    target: actor(e.target),
    cameo: { code: e.cameo.code, name: e.cameo.name ?? '', quadClass: e.cameo.quadClass, goldstein: e.cameo.goldstein },
    plover: [e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(' / ') || null,
    place: e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : null,
    mood: m.modality.mood,
    negated: m.modality.negated,
    confidence: m.confidence,
    ruleIds: m.ruleIds,
    sentence: { start: m.start, end: m.end, text: m.text },
    trigger: m.trigger.text,
    counts: { mentions: e.numMentions, articles: e.numArticles, sources: e.numSources },
  };
}

export function fromCoded(e: CodedEvent): EventItem {
  const actor = (a: CodedEvent['source']) => (a ? { code: a.code, name: a.name ?? a.text } : null);
  return {
    key: e.id,
    date: e.date,
    source: actor(e.source),
    target: actor(e.target),
    cameo: { code: e.cameo.code, name: e.cameo.name, quadClass: e.cameo.quadClass, goldstein: e.cameo.goldstein },
    plover: [e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(' / ') || null,
    place: e.location ? [e.location.name, e.location.country].filter(Boolean).join(', ') : null,
    mood: e.modality.mood,
    negated: e.modality.negated,
    confidence: e.confidence,
    ruleIds: e.ruleIds,
    sentence: { start: e.evidence.start, end: e.evidence.end, text: e.evidence.text },
    trigger: e.evidence.trigger.text,
  };
}
