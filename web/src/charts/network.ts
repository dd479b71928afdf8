import type { Network } from '../../../src/stores/store.js';
import { asButton, h, rovingFocus, s } from '../dom.js';

const SIZE = 520;
const MAX_NODES = 30;

/**
 * Actors on a circle (most active at the top, clockwise), directed edges weighted by events and
 * coloured by the sign of their mean Goldstein score. A circle keeps every label readable and the
 * layout stable between visits, which a force layout would not.
 */
export function networkChart(net: Network, onPick: (actor: string) => void): HTMLElement {
  const nodes = net.nodes.slice(0, MAX_NODES);
  const ids = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const c = SIZE / 2;
  const R = SIZE / 2 - 60;
  const pos = new Map(nodes.map((n, i) => [n.id, angle(i, nodes.length)] as const));
  const xy = (id: string) => {
    const a = pos.get(id)!;
    return [c + R * Math.cos(a), c + R * Math.sin(a)] as const;
  };
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...edges.map((e) => e.events));
  const svg = s('svg', { viewBox: `0 0 ${SIZE} ${SIZE}`, class: 'chart network', role: 'group', 'aria-label': `Actor network: ${nodes.length} actors, ${edges.length} directed relations` });
  svg.append(
    s('defs', {}, ...['pos', 'neg', 'zero'].map((k) => s('marker', { id: `arrow-${k}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse', class: `arrow sign-${k}` }, s('path', { d: 'M0,0L10,5L0,10z' })))),
  );
  const radius = (events: number) => 4 + 10 * Math.sqrt(events / maxNode);
  const g = s('g', { class: 'edges', 'aria-hidden': 'true' });
  for (const e of edges) {
    const [x1, y1] = xy(e.source);
    const [x2, y2] = xy(e.target);
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const r = radius(net.nodes.find((n) => n.id === e.target)!.events) + 2;
    const sign = e.sign > 0 ? 'pos' : e.sign < 0 ? 'neg' : 'zero';
    g.append(
      s(
        'line',
        { x1, y1, x2: x2 - ((x2 - x1) * r) / len, y2: y2 - ((y2 - y1) * r) / len, class: `edge sign-${sign}`, 'stroke-width': (1 + (4 * e.events) / maxEdge).toFixed(1), 'marker-end': `url(#arrow-${sign})` },
        s('title', {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldsteinMean}`),
      ),
    );
  }
  svg.append(g);
  const buttons: SVGGElement[] = [];
  for (const n of nodes) {
    const [x, y] = xy(n.id);
    const a = pos.get(n.id)!;
    const label = `${n.id}: ${n.events} events; filter by this actor`;
    const node = s('g', { class: 'node' }, s('circle', { cx: x, cy: y, r: radius(n.events) }), s('text', { x: c + (R + 26) * Math.cos(a), y: c + (R + 26) * Math.sin(a) + 4, 'text-anchor': 'middle' }, n.id), s('title', {}, label));
    buttons.push(asButton(node, label, () => onPick(n.id)));
    svg.append(node);
  }
  rovingFocus(svg, buttons);
  return h(
    'figure',
    { class: 'network-figure' },
    svg,
    h('figcaption', {}, h('span', { class: 'key sign-pos' }, 'cooperative (mean Goldstein > 0)'), ' ', h('span', { class: 'key sign-neg' }, 'conflictual (< 0)'), ` — top ${nodes.length} actors; select one to filter.`),
  );
}

const angle = (i: number, n: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
