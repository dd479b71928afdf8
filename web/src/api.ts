/**
 * @module
 * The HTTP API as typed functions (docs/api.md). Errors arrive as `{ status, message }` and are
 * thrown as ApiError so views can show the message.
 */
import type { Highlight } from '../../src/server/highlights.js';
import type { EventPage, Interval, Network, PlaceCount, SeriesPoint, StoreStats, StoredArticle } from '../../src/stores/store.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, query?: URLSearchParams): Promise<T> {
  const qs = query?.toString();
  const res = await fetch(`/api/${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as (T & { message?: string }) | null;
  if (!res.ok) throw new ApiError(res.status, body?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export type Stats = StoreStats & { store: string; ingest: boolean };
export type Series = { a: string; b: string; interval: Interval; points: SeriesPoint[] };
export type ArticleView = StoredArticle & { highlights: Highlight[] };

export const api = {
  stats: () => get<Stats>('stats'),
  events: (q: URLSearchParams) => get<EventPage>('events', q),
  series: (a: string, b: string, q: URLSearchParams) => get<Series>(`dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, q),
  network: (q: URLSearchParams) => get<Network>('network', q),
  places: (q: URLSearchParams) => get<{ places: PlaceCount[] }>('places', q),
  article: (id: string) => get<ArticleView>(`articles/${encodeURIComponent(id)}`),
};
