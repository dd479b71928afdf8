import type { Stats } from '../api.js';
import { api } from '../api.js';
import { timeline, type Measure } from '../charts/timeline.js';
import { h } from '../dom.js';
import { navigate } from '../state.js';
import { section, signature, type Panel } from './panel.js';

const KEYS = ['a', 'b', 'interval', 'measure'] as const;

/** Two actors, an interval and a measure; the timeline of their cooperation and conflict. */
export function dyadPanel(stats: Stats): Panel {
  const sec = section('dyad', 'Dyad timeline', 'How the relation between two actors moved: events each way, by period.');
  const field = (name: string, label: string, attrs: Record<string, string>) => h('div', { class: 'field' }, h('label', { for: `d-${name}` }, label), h('input', { id: `d-${name}`, name, ...attrs }));
  const top = stats.topDyads[0];
  const form = h(
    'form',
    { class: 'dyad-picker', 'aria-label': 'Pick a dyad' },
    field('a', 'Actor A', { list: 'actor-codes', required: 'true', placeholder: 'RUS', autocomplete: 'off', spellcheck: 'false' }),
    field('b', 'Actor B', { list: 'actor-codes', required: 'true', placeholder: 'PRK', autocomplete: 'off', spellcheck: 'false' }),
    h('div', { class: 'field' }, h('label', { for: 'd-interval' }, 'Interval'), h('select', { id: 'd-interval', name: 'interval' }, ...['day', 'week', 'month'].map((v) => h('option', { value: v }, v)))),
    h('div', { class: 'field' }, h('label', { for: 'd-measure' }, 'Measure'), h('select', { id: 'd-measure', name: 'measure' }, h('option', { value: 'events' }, 'events'), h('option', { value: 'share' }, 'per 1,000 articles'))),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Show timeline')),
  );
  const quick = stats.topDyads.length
    ? h('p', { class: 'quick' }, 'Busiest: ', ...stats.topDyads.slice(0, 6).flatMap((d, i) => [i ? ' · ' : '', h('a', { href: `?a=${d.a}&b=${d.b}`, onclick: (e) => { e.preventDefault(); navigate({ a: d.a, b: d.b }); } }, `${d.a}–${d.b} (${d.events})`)]))
    : null;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = new FormData(form);
    const v = (k: string) => String(d.get(k) ?? '').trim().toUpperCase() || null;
    navigate({ a: v('a'), b: v('b'), interval: String(d.get('interval')), measure: String(d.get('measure')) === 'share' ? 'share' : null });
  });
  sec.el.insertBefore(h('div', {}, form, quick), sec.body);
  let last = '';
  return {
    el: sec.el,
    update(p) {
      const a = p.get('a') ?? top?.a ?? '';
      const b = p.get('b') ?? top?.b ?? '';
      const interval = p.get('interval') ?? 'week';
      const measure: Measure = p.get('measure') === 'share' ? 'share' : 'events';
      (form.elements.namedItem('a') as HTMLInputElement).value = a;
      (form.elements.namedItem('b') as HTMLInputElement).value = b;
      (form.elements.namedItem('interval') as HTMLSelectElement).value = interval;
      (form.elements.namedItem('measure') as HTMLSelectElement).value = measure;
      const sig = `${a}|${b}|${signature(p, KEYS)}`;
      if (sig === last) return;
      last = sig;
      if (!a || !b) {
        void sec.load(async () => h('p', { class: 'empty' }, 'Pick two actors to see their timeline.'));
        return;
      }
      void sec.load(async () => {
        // The timeline keeps its own range: the events filter's from/to narrow the table, not the chart.
        const s = await api.series(a, b, new URLSearchParams({ interval }));
        if (!s.points.some((pt) => pt.total.events > 0)) return h('p', { class: 'empty' }, `No events between ${s.a} and ${s.b} yet.`);
        return timeline(s.points, {
          a: s.a,
          b: s.b,
          interval,
          measure,
          onPick: (pt) => {
            navigate({ dyad: `${s.a}:${s.b}`, from: pt.period, to: periodEnd(pt.period, interval) });
            document.getElementById('events-title')?.focus();
          },
        });
      });
    },
  };
}

/** Last day of the period starting on `start`. */
export function periodEnd(start: string, interval: string): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}
