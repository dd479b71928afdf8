import type { CoderContext } from '../../pipeline/context.js';

const cache = new WeakMap<CoderContext, string | null>();

/**
 * The country of a wire-style dateline ("SEOUL, April 8 -", "KYIV (Reuters) -"): a place written
 * in capitals at the start of one of the first paragraphs. Null when the article has none.
 */
export function datelineCountry(ctx: CoderContext): string | null {
  if (cache.has(ctx)) return cache.get(ctx)!;
  let found: string | null = null;
  for (const s of ctx.sentences.slice(0, 4)) {
    const first = ctx.tokens[s.tokenStart];
    if (!first || !/^\p{Lu}{3,}/u.test(first.text) || /\p{Ll}/u.test(first.text)) continue;
    let i = s.tokenStart;
    while (i < s.tokenEnd && !/\p{Ll}/u.test(ctx.tokens[i]!.text) && /\p{L}/u.test(ctx.tokens[i]!.text)) i++;
    const after = ctx.tokens[i];
    if (!after || ![',', '(', '-', '—', '–'].includes(after.text)) continue;
    const place = ctx.places.find((p) => p.start >= first.start && p.end <= ctx.tokens[i - 1]!.end);
    if (place?.country) {
      found = place.country;
      break;
    }
  }
  cache.set(ctx, found);
  return found;
}
