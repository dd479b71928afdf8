import { api } from '../api.js';
import { worldMap } from '../charts/world-map.js';
import { h } from '../dom.js';
import { filterQuery, navigate } from '../state.js';
import { section, signature, type Panel } from './panel.js';
import { withRecent } from './recent.js';

/** The filters GET /api/places understands. */
const KEYS = ['from', 'to', 'actor', 'dyad', 'quadClass', 'cameo'] as const;

export function mapPanel(recentFrom: string | null): Panel {
  const sec = section('map', 'Where', 'Event locations; circle area is the number of events, colour the most common QuadClass.');
  let last: string | null = null;
  return {
    el: sec.el,
    update(p) {
      const sig = signature(p, KEYS);
      if (sig === last) return;
      last = sig;
      void sec.load(async () => {
        const { q, note } = withRecent(filterQuery(p, KEYS), recentFrom);
        const { places } = await api.places(q);
        const map = await worldMap(places, (pl) => navigate({ place: pl.geonameId ? String(pl.geonameId) : pl.name, placeCountry: null }));
        return h('div', {}, note ? h('p', { class: 'note' }, note) : null, map, places.length ? null : h('p', { class: 'empty' }, 'No located events match the filters.'));
      });
    },
  };
}
