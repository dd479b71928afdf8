import { decodeCursor, encodeCursor } from '../query/cursor.js';
import { checkEventQuery } from '../query/validate.js';
import type { EventRecord } from '../types/event.js';
import type { EventPage, EventQuery } from '../types/query.js';
import { eventWhere, whereSql } from './event-filters.js';
import { sideBranches } from './side-branches.js';
import { attachEvidence, MENTION_SELECT, type EventRow, type MentionRow } from './rows.js';
import type { Statements } from './statements.js';

const SORT_COLUMN = { date: 'e.day', salience: 'e.num_mentions', id: 'e.id' } as const;

/**
 * One page of events, keyset-paged on (sort key, id) so deep pages cost the same as the first. An
 * actor or undirected-dyad filter is read side by side (side-branches.ts): one ordered, limited query
 * per side, merged with UNION (an event matching both sides is one row) and cut to the page.
 */
export function queryEvents(st: Statements, raw: EventQuery = {}): EventPage {
  const q = checkEventQuery(raw);
  const split = q.sort === 'id' ? null : sideBranches(q);
  const w = eventWhere(split ? split.rest : q);
  const col = SORT_COLUMN[q.sort];
  const cmp = q.order === 'desc' ? '<' : '>';
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (q.sort === 'id') {
      w.clauses.push(`e.id ${cmp} ?`);
      w.params.push(c.id);
    } else {
      // A row value, so the index walk starts at the cursor instead of filtering up to it.
      w.clauses.push(`(${col}, e.id) ${cmp} (?, ?)`);
      w.params.push(c.k, c.id);
    }
  }
  const dir = q.order.toUpperCase();
  const order = q.sort === 'id' ? `e.id ${dir}` : `${col} ${dir}, e.id ${dir}`;
  const n = q.limit + 1;
  let rows: EventRow[];
  if (split) {
    const parts = split.sides.map((s) => ({
      sql: `SELECT * FROM (SELECT e.* FROM events e ${whereSql({ clauses: [...w.clauses, ...s.clauses], params: [] })} ORDER BY ${order} LIMIT ?)`,
      params: [...w.params, ...s.params, n],
    }));
    const outer = order.replaceAll('e.', '');
    rows = st.all<EventRow>(`${parts.map((p) => p.sql).join(' UNION ')} ORDER BY ${outer} LIMIT ?`, [...parts.flatMap((p) => p.params), n]);
  } else {
    rows = st.all<EventRow>(`SELECT e.* FROM events e ${whereSql(w)} ORDER BY ${order} LIMIT ?`, [...w.params, n]);
  }
  const more = rows.length > q.limit;
  if (more) rows.pop();
  const events = withEvidence(st, rows, q.withMentions ?? false);
  const last = rows[rows.length - 1];
  const key = (r: EventRow) => (q.sort === 'date' ? r.day : q.sort === 'salience' ? r.num_mentions : r.id);
  return { events, nextCursor: more && last ? encodeCursor({ k: key(last), id: last.id }) : null };
}

/** Attaches each event's first mention (and all mentions when asked), two queries per page. */
export function withEvidence(st: Statements, rows: EventRow[], all: boolean): EventRecord[] {
  if (!rows.length) return [];
  const first = st.all<MentionRow>(`${MENTION_SELECT} WHERE m.id IN (SELECT value FROM json_each(?))`, [JSON.stringify(rows.map((r) => r.first_mention_id))]);
  const every = all ? st.all<MentionRow>(`${MENTION_SELECT} WHERE m.event_id IN (SELECT value FROM json_each(?)) ORDER BY m.id`, [JSON.stringify(rows.map((r) => r.id))]) : null;
  return attachEvidence(rows, first, every);
}
