import { z } from 'zod';
import type { QuadClass } from '../core/index.js';
import { parseDyad, type Dyad } from '../stores/index.js';

/**
 * Query-string shapes. Zod checks types and refuses unknown parameters (a typo would otherwise be a
 * silently ignored filter); the store's own checks (src/stores/query/validate.ts) judge the values,
 * so every store and this API agree on what is valid.
 */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be from ${min} to ${max}`);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** `1,2` or `3` → [1, 2] / [3]. */
const quadClasses = z
  .string()
  .regex(/^[1-4](,[1-4])*$/, 'must be a comma-separated list of 1, 2, 3, 4 (e.g. 3,4)')
  .transform((s) => [...new Set(s.split(',').map(Number))] as QuadClass[]);

/** `RUS:PRK` either direction, `RUS>PRK` directed; the store's parser gives the messages. */
const dyad = z.string().transform((s): Dyad => parseDyad(s));

export const eventParams = z.strictObject({
  actor: text(15).optional(),
  dyad: dyad.optional(),
  cameo: text(4).optional(),
  quadClass: quadClasses.optional(),
  plover: text(40).optional(),
  from: day.optional(),
  to: day.optional(),
  place: text(200).optional(),
  placeCountry: text(3).optional(),
  q: text(500).optional(),
  qIn: z.enum(['evidence', 'article']).optional(),
  sort: z.enum(['date', 'salience']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: whole(1, 1000).optional(),
  cursor: text(400).optional(),
  mentions: flag.optional(),
});

export const seriesParams = z.strictObject({
  interval: z.enum(['day', 'week', 'month']).default('week'),
  from: day.optional(),
  to: day.optional(),
});

export const networkParams = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  minEvents: whole(1, 1_000_000).optional(),
  quadClass: quadClasses.optional(),
  cameo: text(4).optional(),
  limit: whole(1, 5000).optional(),
});

export const placeParams = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  actor: text(15).optional(),
  dyad: dyad.optional(),
  quadClass: quadClasses.optional(),
  cameo: text(4).optional(),
  limit: whole(1, 10_000).optional(),
});

export const articleId = whole(1, Number.MAX_SAFE_INTEGER);

/** Drops undefined values so optional store fields stay absent (exactOptionalPropertyTypes-friendly). */
export function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
