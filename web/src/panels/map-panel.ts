import { api } from '../api.js';
import { worldMap } from '../charts/world-map.js';
import { h } from '../dom.js';
import { filterQuery, navigate } from '../state.js';
import { section, signature, type Panel } from './panel.js';

/** The filters GET /api/places understands. */
const KEYS = ['from', 'to', 'actor', 'dyad', 'quadClass', 'cameo'] as const;

export function mapPanel(): Panel {
  const sec = section('map', 'Where', 'Event locations; circle area is the number of events, colour the most common QuadClass.');
  let last: string | null = null;
  return {
    el: sec.el,
    update(p) {
      const sig = signature(p, KEYS);
      if (sig === last) return;
      last = sig;
      void sec.load(async () => {
        const { places } = await api.places(filterQuery(p, KEYS));
        const map = await worldMap(places, (pl) => navigate({ place: pl.geonameId ? String(pl.geonameId) : pl.name, placeCountry: null }));
        return places.length ? map : h('div', {}, map, h('p', { class: 'empty' }, 'No located events match the filters.'));
      });
    },
  };
}
