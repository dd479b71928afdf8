import type { EventRecord } from '../../../src/stores/store.js';
import { api } from '../api.js';
import { QUAD } from '../codebook.js';
import { h, replace } from '../dom.js';
import { FILTER_KEYS, filterQuery, linkTo, navigate } from '../state.js';
import { signature, type Panel } from './panel.js';

const PAGE = '50';

/** The filtered events, newest (or most reported) first, each linking to its evidence. */
export function eventsTable(): Panel {
  const caption = h('p', { class: 'summary', 'aria-live': 'polite' });
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more events');
  const table = h(
    'table',
    { class: 'events' },
    h('caption', { class: 'visually-hidden' }, 'Events matching the filters'),
    h('thead', {}, h('tr', {}, ...['Date', 'Source', 'Event', 'Target', 'Place', 'Reports', 'Evidence'].map((c) => h('th', { scope: 'col' }, c)))),
    tbody,
  );
  const el = h('section', { class: 'panel panel-events', 'aria-labelledby': 'events-title' }, h('h2', { id: 'events-title', tabindex: '-1' }, 'Events'), caption, h('div', { class: 'table-wrap' }, table), more);
  let last: string | null = null;
  let cursor: string | null = null;
  let shown = 0;
  let generation = 0;

  const load = async (p: URLSearchParams, append: boolean) => {
    const mine = ++generation;
    const q = filterQuery(p);
    q.set('limit', PAGE);
    if (append && cursor) q.set('cursor', cursor);
    table.setAttribute('aria-busy', 'true');
    try {
      const page = await api.events(q);
      if (mine !== generation) return;
      if (!append) {
        replace(tbody);
        shown = 0;
      }
      for (const e of page.events) tbody.append(row(e));
      shown += page.events.length;
      cursor = page.nextCursor;
      more.hidden = !cursor;
      replace(caption, describe(p, shown, !!cursor));
    } catch (err) {
      if (mine !== generation) return;
      replace(tbody);
      more.hidden = true;
      replace(caption, h('span', { class: 'error', role: 'alert' }, `Could not load events: ${(err as Error).message}`));
    } finally {
      if (mine === generation) table.setAttribute('aria-busy', 'false');
    }
  };
  let current = new URLSearchParams();
  more.addEventListener('click', () => void load(current, true));
  return {
    el,
    update(p) {
      current = p;
      const sig = signature(p, FILTER_KEYS);
      if (sig === last) return;
      last = sig;
      cursor = null;
      void load(p, false);
    },
  };
}

function row(e: EventRecord): HTMLTableRowElement {
  const actor = (a: EventRecord['source']) => (a ? h('span', { title: a.name ?? '' }, a.code) : '—');
  const href = linkTo({ view: 'article', id: String(e.evidence.articleId), event: String(e.id) });
  const open = (ev: Event) => {
    if ((ev as MouseEvent).ctrlKey || (ev as MouseEvent).metaKey || (ev as MouseEvent).shiftKey) return;
    ev.preventDefault();
    navigate({ view: 'article', id: String(e.evidence.articleId), event: String(e.id) });
  };
  const snippet = e.evidence.text.length > 160 ? `${e.evidence.text.slice(0, 157)}…` : e.evidence.text;
  return h(
    'tr',
    { class: `q${e.cameo.quadClass}`, 'data-event': String(e.id) },
    h('td', { class: 'nowrap' }, e.date ?? '?'),
    h('td', {}, actor(e.source)),
    h('td', {}, h('span', { class: `badge q${e.cameo.quadClass}`, title: QUAD[e.cameo.quadClass].name }, e.cameo.code), ' ', e.cameo.name ?? ''),
    h('td', {}, actor(e.target)),
    h('td', {}, e.location ? e.location.name : '—'),
    h('td', { class: 'num' }, String(e.numMentions)),
    h('td', {}, h('a', { href, class: 'evidence-link', onclick: open }, snippet)),
  );
}

function describe(p: URLSearchParams, shown: number, more: boolean): string {
  const active = FILTER_KEYS.filter((k) => k !== 'sort' && p.get(k)).map((k) => `${k} ${p.get(k)}`);
  return `${shown}${more ? '+' : ''} event${shown === 1 ? '' : 's'}${active.length ? ` where ${active.join(', ')}` : ''}.`;
}
