/**
 * Remembers slow whole-database answers (GET /api/stats, /api/network and /api/places aggregate
 * every event: about a second each at a million) for a short time; writes through the API clear
 * it. Concurrent first requests share one computation. At most MAX_ENTRIES answers are kept, the
 * oldest dropped first.
 */
const MAX_ENTRIES = 256;

export interface Memo {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createMemo(ttlMs: number, now: () => number = Date.now): Memo {
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>;
      const value = compute();
      entries.delete(key);
      entries.set(key, { at: now(), value });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      value.catch(() => entries.delete(key));
      return value;
    },
    clear: () => entries.clear(),
  };
}
