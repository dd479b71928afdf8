/**
 * @module
 * URL canonicalisation for de-duplication: two URLs that reach the same article give the same key.
 * The key is for comparison only; the URL as fetched is kept beside it.
 *
 * Decisions, each because the web treats the two forms as one page in practice:
 * - `http` and `https` are one scheme (`https` is kept): outlets serve both and redirect between them;
 * - host lower case, a leading `www.` dropped, default ports dropped, the fragment dropped;
 * - tracking parameters dropped (`utm_*`, click ids, newsletter ids, share markers), the others sorted;
 * - a trailing slash on the path dropped (not on the root), `//` runs in the path collapsed.
 * Not done: `index.html`, AMP paths and mobile hosts (`m.`), which outlets do not use consistently.
 */

/** Query parameters that only say how a reader arrived. Lower case; `*` ends a prefix. */
const TRACKING_PARAMS = [
  'utm_*', 'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'igshid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wickedid', 'rb_clickid', 's_cid', 'cmpid', 'ocid', 'smid', 'smtyp', 'sr_share', 'at_medium',
  'at_campaign', 'at_custom*', 'ito', 'cmp', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
  'ref_src', 'ref_url', 'ncid', 'spm', 'share', 'taid', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
];

const exact = new Set(TRACKING_PARAMS.filter((p) => !p.endsWith('*')));
const prefixes = TRACKING_PARAMS.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return exact.has(n) || prefixes.some((p) => n.startsWith(p));
}

/** The comparison key of an http(s) URL, or null when the string is not an absolute http(s) URL. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  let path = u.pathname.replace(/\/{2,}/g, '/');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const params = [...u.searchParams].filter(([k]) => !isTrackingParam(k));
  params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${port}${path === '/' ? '' : path}${query}`;
}

/** The outlet of a URL: its host without `www.`, or null. */
export function urlDomain(raw: string | null | undefined): string | null {
  const c = canonicalUrl(raw);
  return c ? new URL(c).hostname : null;
}
