import type { Stats } from '../api.js';

/**
 * Above this many events the map and the network, which aggregate every event they cover, default to
 * the latest RECENT_DAYS of data instead of all of it (a second or more per request at a million
 * events). The events table and the timeline page or seek, so they need no such default.
 */
export const LARGE = 100_000;
export const RECENT_DAYS = 90;

/** The default start day for aggregate panels, or null to show everything. */
export function recentFrom(stats: Stats): string | null {
  if (stats.events <= LARGE || !stats.lastDay) return null;
  const d = new Date(`${stats.lastDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - RECENT_DAYS + 1);
  return d.toISOString().slice(0, 10);
}

/** The panel's query with the default window applied when the user chose no dates; the note says so. */
export function withRecent(q: URLSearchParams, from: string | null): { q: URLSearchParams; note: string | null } {
  if (!from || q.has('from') || q.has('to')) return { q, note: null };
  q.set('from', from);
  return { q, note: `Showing the last ${RECENT_DAYS} days with data (from ${from}); set From or To in the filters for another range.` };
}
