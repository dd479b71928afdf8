/**
 * @module
 * The UI state lives in the URL's query string, so any view can be bookmarked or shared:
 * `?view=article&id=13&event=90`, `?dyad=RUS:PRK&quadClass=3,4&a=RUS&b=PRK&interval=week`.
 */

export type View = 'dashboard' | 'article' | 'code';

/** Event filters shared by the map, the network and the events table (names as in GET /api/events). */
export const FILTER_KEYS = ['actor', 'dyad', 'cameo', 'quadClass', 'plover', 'from', 'to', 'place', 'placeCountry', 'q', 'sort'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function params(): URLSearchParams {
  return new URLSearchParams(location.search);
}

export function view(p = params()): View {
  const v = p.get('view');
  return v === 'article' || v === 'code' ? v : 'dashboard';
}

type Listener = () => void;
const listeners = new Set<Listener>();

export function onNavigate(fn: Listener): void {
  listeners.add(fn);
}

/** Sets (or with null, removes) parameters, pushes a history entry and tells the views. */
export function navigate(changes: Record<string, string | null | undefined>, opts: { replace?: boolean; clear?: boolean } = {}): void {
  const p = opts.clear ? new URLSearchParams() : params();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') p.delete(k);
    else p.set(k, v);
  }
  const qs = p.toString();
  const url = `${location.pathname}${qs ? `?${qs}` : ''}`;
  if (opts.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  for (const fn of listeners) fn();
}

/** A link that navigates in place (and still works as a link: new tab, copy address). */
export function linkTo(changes: Record<string, string | null>, opts: { clear?: boolean } = {}): string {
  const p = opts.clear ? new URLSearchParams() : params();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') p.delete(k);
    else p.set(k, v);
  }
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

window.addEventListener('popstate', () => {
  for (const fn of listeners) fn();
});

/** The filter subset of the current parameters, as a query string for the API. */
export function filterQuery(p = params(), keys: readonly string[] = FILTER_KEYS): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of keys) {
    const v = p.get(k);
    if (v) out.set(k, v);
  }
  return out;
}
