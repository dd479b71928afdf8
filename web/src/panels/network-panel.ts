import { api } from '../api.js';
import { networkChart } from '../charts/network.js';
import { h } from '../dom.js';
import { filterQuery, navigate } from '../state.js';
import { section, signature, type Panel } from './panel.js';

/** The filters GET /api/network understands. */
const KEYS = ['from', 'to', 'quadClass', 'cameo'] as const;

export function networkPanel(): Panel {
  const sec = section('network', 'Who with whom', 'Actors and the directed relations between them (domestic events left out).');
  let last: string | null = null;
  return {
    el: sec.el,
    update(p) {
      const sig = signature(p, KEYS);
      if (sig === last) return;
      last = sig;
      void sec.load(async () => {
        const q = filterQuery(p, KEYS);
        q.set('limit', '300');
        const net = await api.network(q);
        if (!net.edges.length) return h('p', { class: 'empty' }, 'No relations between two actors match the filters.');
        return networkChart(net, (actor) => navigate({ actor, dyad: null }));
      });
    },
  };
}
