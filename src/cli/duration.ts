import { UsageError } from './args.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `1500ms`, `90s`, `15m`, `2h`, or a plain number of seconds, to milliseconds. */
export function parseDuration(raw: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
  if (!m) throw new UsageError(`${flag} must be a duration like 90s, 15m or 2h; got '${raw}'`);
  const ms = Number(m[1]) * UNIT_MS[m[2] ?? 's']!;
  if (!(ms > 0)) throw new UsageError(`${flag} must be more than zero`);
  return Math.round(ms);
}
