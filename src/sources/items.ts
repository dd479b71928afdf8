import type { ItemMeta, SourceDocument, SourceError, SourceErrorCode, SourceKind } from './source.js';

/** Builds an error item; every source reports failures through this so they look alike. */
export function errorItem(source: SourceKind, ref: string, code: SourceErrorCode, reason: string, url: string | null = null): SourceError {
  return { kind: 'error', ref, url, source, code, reason };
}

export function documentItem(fields: Omit<SourceDocument, 'kind' | 'meta'> & { meta?: ItemMeta }): SourceDocument {
  return { kind: 'document', ...fields, meta: dropEmpty(fields.meta ?? {}) };
}

/** Meta without undefined values, so items compare equal after a JSON round trip (a queue, a store). */
function dropEmpty(meta: ItemMeta): ItemMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as ItemMeta;
}

export function message(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code && !String(e.message).includes(e.code) ? `${e.code}: ${e.message}` : String(e?.message ?? err);
}

/** Stops between items once `signal` is aborted (SourceOptions.signal); a `break` by the consumer does the same. */
export async function* untilAborted<T>(items: AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  if (!signal) return yield* items;
  for await (const item of items) {
    if (signal.aborted) return;
    yield item;
  }
}
