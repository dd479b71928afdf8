import { StoreError } from '../store.js';

/** Keyset paging: the sort value and id of the last row of a page, opaque to callers. */
export interface Cursor {
  /** Sort key of the last row: a day string, a mention count, or the id itself. */
  k: string | number;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.k, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && (typeof v[0] === 'string' || typeof v[0] === 'number') && Number.isSafeInteger(v[1])) {
      return { k: v[0], id: v[1] as number };
    }
  } catch {
    // fall through to the error below
  }
  throw new StoreError('bad-query', 'cursor is not one this store returned');
}
