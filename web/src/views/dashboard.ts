import { api } from '../api.js';
import { h } from '../dom.js';
import { dyadPanel } from '../panels/dyad-panel.js';
import { eventsTable } from '../panels/events-table.js';
import { filtersPanel } from '../panels/filters.js';
import { mapPanel } from '../panels/map-panel.js';
import { networkPanel } from '../panels/network-panel.js';
import { recentFrom } from '../panels/recent.js';
import type { View } from './view.js';

/** Filters, the dyad timeline, the map, the network and the events table, all following the URL. */
export async function dashboard(): Promise<View> {
  const stats = await api.stats();
  const recent = recentFrom(stats);
  const filters = filtersPanel();
  const panels = [filters, dyadPanel(stats), mapPanel(recent), networkPanel(recent, filters.suggest), eventsTable()];
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
