import { QUAD } from '../codebook.js';
import { h } from '../dom.js';
import type { EventItem } from './event-item.js';

export interface EventListOptions {
  current?: number | string | null;
  /** A link (href) that selects an event; without it items are not links. */
  select?: (e: EventItem) => string;
  onSelect?: (e: EventItem, ev: MouseEvent) => void;
}

const actor = (a: EventItem['source']) => (a ? `${a.code}${a.name ? ` (${a.name})` : ''}` : '—');

/** Each event with its codes, Goldstein score, mood, confidence and the rule ids that produced it. */
export function eventList(items: readonly EventItem[], opts: EventListOptions = {}): HTMLElement {
  if (!items.length) return h('p', { class: 'empty' }, 'No events were coded from this text.');
  return h(
    'ol',
    { class: 'event-list' },
    ...items.map((e) => {
      const current = opts.current !== undefined && opts.current !== null && String(e.key) === String(opts.current);
      const title = `${actor(e.source)} → ${e.cameo.code} ${e.cameo.name} → ${actor(e.target)}`;
      const heading = opts.select
        ? h('a', { href: opts.select(e), class: 'event-link', ...(current ? { 'aria-current': 'true' } : {}), onclick: (ev) => opts.onSelect?.(e, ev as MouseEvent) }, title)
        : h('span', {}, title);
      return h(
        'li',
        { class: `event-card q${e.cameo.quadClass}${current ? ' current' : ''}`, 'data-event': String(e.key) },
        h('h3', {}, heading),
        h(
          'dl',
          {},
          ...field('Date', e.date ?? 'unknown'),
          ...field('CAMEO', `${e.cameo.code} ${e.cameo.name}`),
          ...field('QuadClass', `${e.cameo.quadClass} ${QUAD[e.cameo.quadClass].name}`),
          ...field('Goldstein', e.cameo.goldstein.toFixed(1)),
          ...field('PLOVER', e.plover ?? '—'),
          ...field('Place', e.place ?? '—'),
          ...field('Mood', `${e.mood}${e.negated ? ', negated' : ''}`),
          ...field('Confidence', e.confidence.toFixed(2)),
          ...field('Trigger', `“${e.trigger}”`),
          ...(e.counts ? field('Reported by', `${e.counts.mentions} mentions, ${e.counts.articles} articles, ${e.counts.sources} sources`) : []),
          ...field('Rules', e.ruleIds.join(' ') || '—', 'rules'),
        ),
      );
    }),
  );
}

function field(name: string, value: string, cls?: string): HTMLElement[] {
  return [h('dt', {}, name), h('dd', cls ? { class: cls } : {}, value)];
}
