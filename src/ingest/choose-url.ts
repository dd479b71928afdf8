import { canonicalUrl } from '../dedup/index.js';

/**
 * The URL an article is stored under: the page's own canonical link when it names another page of the
 * same site, else the URL it was fetched from. Some sites put their home page (or another site) in
 * `rel=canonical` on every article; trusting that would make every article a duplicate of the first.
 */
export function chooseUrl(fetched: string | null, declared: string | null): string | null {
  const f = canonicalUrl(fetched);
  const d = canonicalUrl(declared);
  if (!d) return fetched;
  if (!f) return declared;
  const fu = new URL(f);
  const du = new URL(d);
  return du.hostname === fu.hostname && du.pathname.length > 1 ? declared : fetched;
}
