import { h } from '../dom.js';

/** What the marks in the article text mean. */
export function highlightLegend(): HTMLElement {
  const item = (cls: string, label: string) => h('li', {}, h('mark', { class: `hl ${cls}` }, label));
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Highlight legend' },
    item('hl-actor', 'actor'),
    item('hl-trigger', 'event verb'),
    item('hl-place', 'place'),
    item('hl-date', 'date'),
    item('hl-quote', 'quote'),
    item('hl-count', 'count'),
    h('li', {}, h('span', { class: 'sentence sentence-current' }, 'evidence sentence')),
  );
}
