import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { PlaceCount } from '../../../src/stores/store.js';
import { dominantQuad, QUAD } from '../codebook.js';
import { asButton, h, rovingFocus, s } from '../dom.js';
import { features, type Feature, type Topology } from './topojson.js';

const W = 960;
const H = 480;
let countries: Promise<Feature[]> | null = null;

/** Country shapes, fetched once from our own server (dist/web/world.json, from world-atlas). */
function loadCountries(): Promise<Feature[]> {
  countries ??= fetch('/world.json')
    .then((r) => (r.ok ? (r.json() as Promise<Topology>) : Promise.reject(new Error(`world.json: ${r.status}`))))
    .then((t) => features(t, 'countries'))
    .catch((err: unknown) => {
      countries = null;
      throw err;
    });
  return countries;
}

/** Event locations on a world map: area by number of events, colour by the dominant QuadClass. */
export async function worldMap(places: readonly PlaceCount[], onPick: (p: PlaceCount) => void): Promise<HTMLElement> {
  const sphere = { type: 'Sphere' };
  const projection = geoNaturalEarth1().fitSize([W, H], sphere);
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart world-map', role: 'group', 'aria-label': `Map of ${places.length} event locations` });
  svg.append(s('path', { d: path(sphere) ?? '', class: 'ocean', 'aria-hidden': 'true' }), s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule', 'aria-hidden': 'true' }));
  const land = s('g', { class: 'land', 'aria-hidden': 'true' });
  try {
    for (const f of await loadCountries()) land.append(s('path', { d: path(f) ?? '' }, s('title', {}, f.properties.name ?? '')));
  } catch {
    // The points still mean something without the coastlines.
  }
  svg.append(land);
  const max = Math.max(1, ...places.map((p) => p.events));
  const dots = s('g', { class: 'places' });
  for (const p of [...places].sort((a, b) => b.events - a.events)) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const q = dominantQuad(p.quadClass);
    const label = `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events} event${p.events === 1 ? '' : 's'}, mostly ${QUAD[q].name.toLowerCase()}; filter by this place`;
    const dot = s('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 12 * Math.sqrt(p.events / max)).toFixed(1), class: `place q${q}` }, s('title', {}, label));
    dots.append(asButton(dot, label, () => onPick(p)));
  }
  rovingFocus(dots, [...dots.children]);
  svg.append(dots);
  return h('figure', { class: 'map-figure' }, svg, quadLegend());
}

export function quadLegend(): HTMLElement {
  return h('figcaption', { class: 'quad-legend' }, ...([1, 2, 3, 4] as const).map((q) => h('span', { class: `key q${q}` }, QUAD[q].name)));
}
