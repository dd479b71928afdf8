import { CAMEO_ROOTS, PLOVER_TYPES, QUAD } from '../codebook.js';
import { h, replace } from '../dom.js';
import { FILTER_KEYS, navigate } from '../state.js';
import type { Panel } from './panel.js';

/** The event filters as a form; submitting puts them in the URL, which every panel follows. */
export function filtersPanel(): Panel & { suggest: (actors: string[]) => void } {
  const datalist = h('datalist', { id: 'actor-codes' });
  const input = (name: string, label: string, attrs: Record<string, string> = {}) =>
    h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), h('input', { id: `f-${name}`, name, ...attrs }));
  const select = (name: string, label: string, options: [string, string][]) =>
    h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), h('select', { id: `f-${name}`, name }, ...options.map(([v, t]) => h('option', { value: v }, t))));
  const quad = h(
    'fieldset',
    { class: 'field quad' },
    h('legend', {}, 'QuadClass'),
    ...([1, 2, 3, 4] as const).map((q) => h('label', { class: `check q${q}` }, h('input', { type: 'checkbox', name: 'quadClass', value: String(q) }), ` ${QUAD[q].name}`)),
  );
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Event filters' },
    datalist,
    input('actor', 'Actor', { list: 'actor-codes', placeholder: 'RUS or RUSGOV', autocomplete: 'off', spellcheck: 'false' }),
    input('dyad', 'Dyad', { placeholder: 'RUS:PRK or RUS>PRK', autocomplete: 'off', spellcheck: 'false' }),
    select('cameo', 'CAMEO root', [['', 'any'], ...CAMEO_ROOTS.map(([c, n]): [string, string] => [c, `${c} ${n}`])]),
    select('plover', 'PLOVER type', [['', 'any'], ...PLOVER_TYPES.map((t): [string, string] => [t, t])]),
    input('from', 'From', { type: 'date' }),
    input('to', 'To', { type: 'date' }),
    input('place', 'Place', { placeholder: 'Kyiv or a GeoNames id', autocomplete: 'off' }),
    input('placeCountry', 'Place country', { placeholder: 'UKR', maxlength: '3', autocomplete: 'off' }),
    input('q', 'Words in the evidence', { type: 'search', placeholder: 'missile launch' }),
    select('sort', 'Sort', [['', 'newest first'], ['salience', 'most reported first']]),
    quad,
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Apply filters'), h('button', { type: 'button', class: 'secondary', onclick: () => navigate(Object.fromEntries(FILTER_KEYS.map((k) => [k, null]))) }, 'Clear')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const changes: Record<string, string | null> = {};
    for (const k of FILTER_KEYS) changes[k] = k === 'quadClass' ? data.getAll(k).join(',') || null : String(data.get(k) ?? '').trim() || null;
    navigate(changes);
  });
  const el = h('section', { class: 'panel panel-filters', 'aria-labelledby': 'filters-title' }, h('h2', { id: 'filters-title' }, 'Filters'), form);
  const known = new Set<string>();
  return {
    el,
    suggest(actors) {
      // Suggestions for the actor fields here and in the dyad picker; they grow as networks load.
      const fresh = actors.filter((a) => !known.has(a));
      for (const a of fresh) known.add(a);
      if (fresh.length) replace(datalist, ...[...known].sort().map((a) => h('option', { value: a })));
    },
    update(p) {
      for (const k of FILTER_KEYS) {
        if (k === 'quadClass') {
          const on = new Set((p.get(k) ?? '').split(','));
          for (const box of form.querySelectorAll<HTMLInputElement>('input[name=quadClass]')) box.checked = on.has(box.value);
        } else {
          const field = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
          if (field) field.value = p.get(k) ?? '';
        }
      }
    },
  };
}
