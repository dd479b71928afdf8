import type { EventStore } from './store.js';
import type { EventRecord } from './types/event.js';
import type { EventQuery } from './types/query.js';

/** Every event matching the filters in storage order, a page at a time: exports use it on any store. */
export async function* iterateEvents(store: EventStore, query: Omit<EventQuery, 'sort' | 'order' | 'cursor' | 'limit'> = {}, pageSize = 1000): AsyncGenerator<EventRecord> {
  let cursor: string | null = null;
  do {
    const page = await store.events({ ...query, sort: 'id', order: 'asc', limit: pageSize, ...(cursor ? { cursor } : {}) });
    yield* page.events;
    cursor = page.nextCursor;
  } while (cursor);
}
