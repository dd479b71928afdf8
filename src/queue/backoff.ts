export interface BackoffOptions {
  /** Delay after the first failed try, ms (default 30 s). */
  baseMs?: number;
  /** Longest delay, ms (default 1 h). */
  maxMs?: number;
}

/**
 * How long a job waits after its `attempt`-th failed try: doubling from `baseMs`, capped, with ±20 %
 * jitter so jobs that failed together (a site down, the database restarting) do not retry together.
 */
export function retryDelayMs(attempt: number, options: BackoffOptions = {}, random: () => number = Math.random): number {
  const base = options.baseMs ?? 30_000;
  const max = options.maxMs ?? 3_600_000;
  const plain = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(plain * (0.8 + 0.4 * random()));
}
