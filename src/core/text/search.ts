import type { Span } from '../model/span.js';

/**
 * The first index in 0..n at which a monotone predicate turns true (n when it never does): the
 * one binary search every stage needs for sorted tokens, mentions and cues.
 */
export function firstIndex(n: number, isAtOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAtOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first span (of sorted, disjoint spans) that ends after `offset`: the one covering it, or the next. -1 past the end. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  const i = firstIndex(spans.length, (k) => spans[k]!.end > offset);
  return i < spans.length ? i : -1;
}

/** The first span starting at or after `offset` (spans.length when none). */
export function firstSpanFrom(spans: readonly Span[], offset: number): number {
  return firstIndex(spans.length, (k) => spans[k]!.start >= offset);
}
