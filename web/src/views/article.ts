import { api, type ArticleView } from '../api.js';
import { append, h, replace, safeHref } from '../dom.js';
import { fromStored, type EventItem } from '../render/event-item.js';
import { eventList } from '../render/event-list.js';
import { highlightedText } from '../render/highlighted-text.js';
import { highlightLegend } from '../render/legend.js';
import { linkTo, navigate } from '../state.js';
import type { View } from './view.js';

/** The evidence view: an article with everything coded from it highlighted, and its events. */
export function articleView(): View {
  const el = h('article', { class: 'evidence' });
  let shownId: string | null = null;
  let data: ArticleView | null = null;
  const render = (event: string | null) => {
    if (!data) return;
    const a = data;
    const items = a.events.map((e) => fromStored(e, a.id));
    const current = items.find((e) => String(e.key) === event) ?? null;
    const select = (e: EventItem) => linkTo({ event: String(e.key) });
    replace(
      el,
      h('p', {}, h('a', { href: linkTo({ view: null, id: null, event: null }), class: 'back' }, '← Back to the dashboard')),
      h('h1', { id: 'view-title', tabindex: '-1' }, a.title ?? `Article ${a.id}`),
      meta(a),
      h(
        'div',
        { class: 'evidence-layout' },
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'text-title' },
          h('h2', { id: 'text-title' }, 'Text'),
          highlightLegend(),
          highlightedText(a.text, a.sentences, a.highlights, { current: current?.sentence ?? null, currentEvent: current?.key ?? null }),
        ),
        h(
          'section',
          { class: 'panel', 'aria-labelledby': 'events-title' },
          h('h2', { id: 'events-title' }, `Events (${items.length})`),
          eventList(items, {
            current: current?.key ?? null,
            select,
            onSelect: (e, ev) => {
              ev.preventDefault();
              navigate({ event: String(e.key) }, { replace: true });
            },
          }),
          found(a),
        ),
      ),
    );
    document.getElementById('current-sentence')?.scrollIntoView({ block: 'center' });
    el.querySelector('.event-card.current')?.scrollIntoView({ block: 'nearest' });
    document.title = `${a.title ?? `Article ${a.id}`} · Dyad`;
  };
  return {
    el,
    update(p) {
      const id = p.get('id');
      const event = p.get('event');
      if (id === shownId && data) return render(event);
      shownId = id;
      data = null;
      replace(el, h('p', { 'aria-busy': 'true' }, 'Loading the article…'));
      if (!id) return replace(el, h('p', { class: 'error', role: 'alert' }, 'No article id in the address.'));
      api.article(id).then(
        (a) => {
          if (shownId !== id) return;
          data = a;
          render(event);
          document.getElementById('view-title')?.focus();
        },
        (err: Error) => replace(el, h('p', { class: 'error', role: 'alert' }, `Could not load article ${id}: ${err.message}`)),
      );
    },
  };
}

function meta(a: ArticleView): HTMLElement {
  const href = safeHref(a.url);
  const dl = h('dl', { class: 'meta' });
  const add = (k: string, v: Node | string | null) => v && append(dl, h('dt', {}, k), h('dd', {}, v));
  add('Published', a.published ? `${a.published}${a.publishedBasis === 'inferred' ? ' (inferred: fetch time)' : ''}` : 'unknown');
  add('Outlet', a.outlet ? a.outlet.name ?? a.outlet.key : null);
  add('Address', href ? h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url ?? '') : a.url);
  add('Copy of', a.copyOf ? h('a', { href: linkTo({ id: String(a.copyOf.id), event: null }) }, a.copyOf.title ?? `article ${a.copyOf.id}`) : null);
  add('Tone', a.tone.score.toFixed(2));
  add('Coder', `${a.coder.version}`);
  return dl;
}

/** Entities, places, dates, quotes and counts the coder found, as lists a screen reader can walk. */
function found(a: ArticleView): HTMLElement {
  const list = (title: string, items: string[]) =>
    h('details', {}, h('summary', {}, `${title} (${items.length})`), items.length ? h('ul', {}, ...items.map((t) => h('li', {}, t))) : h('p', {}, 'None.'));
  return h(
    'div',
    { class: 'found' },
    list('Actors', a.entities.map((e) => `${e.name}${e.code ? ` — ${e.code}` : ''} (${e.type}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'})`)),
    list('Places', a.places.map((p) => `${p.text} → ${p.name}${p.country ? `, ${p.country}` : ''} (${p.basis})`)),
    list('Dates', a.dates.map((d) => `${d.text} → ${d.value} (${d.basis})`)),
    list('Quotes', a.quotes.map((q) => `${q.speaker?.name ?? 'unattributed'}: “${q.text}”`)),
    list('Counts', a.counts.map((c) => `${c.number} ${c.about}${c.kind ? ` (${c.kind})` : ''}`)),
  );
}
