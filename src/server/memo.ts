/**
 * Remembers slow whole-database answers (GET /api/stats aggregates every event: seconds at a million)
 * for a short time; writes through the API clear it. Concurrent first requests share one computation.
 */
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
      entries.set(key, { at: now(), value });
      value.catch(() => entries.delete(key));
      return value;
    },
    clear: () => entries.clear(),
  };
}
