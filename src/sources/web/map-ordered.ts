/**
 * `fn` over `items` with at most `limit` calls in flight, results yielded in input order, so a slow page
 * delays only the items after it. When the consumer stops early, the signal passed to `fn` is aborted.
 */
export async function* mapOrdered<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number, signal: AbortSignal) => Promise<R>): AsyncGenerator<R> {
  const abort = new AbortController();
  const pending: Promise<R>[] = [];
  let next = 0;
  const launch = () => {
    while (next < items.length && pending.length < limit) {
      const i = next++;
      pending.push(fn(items[i]!, i, abort.signal));
    }
  };
  try {
    launch();
    while (pending.length) {
      const result = await pending.shift()!;
      launch();
      yield result;
    }
  } finally {
    abort.abort();
  }
}
