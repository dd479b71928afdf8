import { api } from '../api.js';
import { h } from '../dom.js';
import { dyadPanel } from '../panels/dyad-panel.js';
import { eventsTable } from '../panels/events-table.js';
import { filtersPanel } from '../panels/filters.js';
import { mapPanel } from '../panels/map-panel.js';
import { networkPanel } from '../panels/network-panel.js';
import type { View } from './view.js';

/** Filters, the dyad timeline, the map, the network and the events table, all following the URL. */
export async function dashboard(): Promise<View> {
  const [stats, net] = await Promise.all([api.stats(), api.network(new URLSearchParams({ limit: '2000' }))]);
  const actors = net.nodes.map((n) => n.id).sort();
  const panels = [filtersPanel(actors), dyadPanel(stats), mapPanel(), networkPanel(), eventsTable()];
  const summary = h(
    'p',
    { class: 'stats' },
    `${stats.events.toLocaleString('en')} events from ${stats.articles.toLocaleString('en')} articles`,
    stats.firstDay ? `, ${stats.firstDay} to ${stats.lastDay}` : '',
    '.',
  );
  const el = h('div', { class: 'dashboard' }, h('h1', { id: 'view-title', tabindex: '-1' }, 'Dashboard'), summary, ...panels.map((p) => p.el));
  return { el, update: (p) => panels.forEach((x) => x.update(p)) };
}
