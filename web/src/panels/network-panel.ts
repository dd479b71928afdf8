import { api } from '../api.js';
import { networkChart } from '../charts/network.js';
import { h } from '../dom.js';
import { filterQuery, navigate } from '../state.js';
import { section, signature, type Panel } from './panel.js';
import { withRecent } from './recent.js';

/** The filters GET /api/network understands. */
const KEYS = ['from', 'to', 'quadClass', 'cameo'] as const;

/** `onActors` receives the actors of each loaded network (the filters offer them as suggestions). */
export function networkPanel(recentFrom: string | null, onActors: (ids: string[]) => void): Panel {
  const sec = section('network', 'Who with whom', 'Actors and the directed relations between them (domestic events left out).');
  let last: string | null = null;
  return {
    el: sec.el,
    update(p) {
      const sig = signature(p, KEYS);
      if (sig === last) return;
      last = sig;
      void sec.load(async () => {
        const { q, note } = withRecent(filterQuery(p, KEYS), recentFrom);
        q.set('limit', '300');
        const net = await api.network(q);
        onActors(net.nodes.map((n) => n.id));
        const body = net.edges.length ? networkChart(net, (actor) => navigate({ actor, dyad: null })) : h('p', { class: 'empty' }, 'No relations between two actors match the filters.');
        return h('div', {}, note ? h('p', { class: 'note' }, note) : null, body);
      });
    },
  };
}
