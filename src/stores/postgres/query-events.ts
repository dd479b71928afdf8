import { decodeCursor, encodeCursor } from '../query/cursor.js';
import { checkEventQuery } from '../query/validate.js';
import { attachEvidence, MENTION_SELECT, type EventRow, type MentionRow } from '../sqlite/rows.js';
import type { EventRecord } from '../types/event.js';
import type { EventPage, EventQuery } from '../types/query.js';
import { eventWhere } from './event-filters.js';
import { whereSql } from './params.js';
import type { Queryable } from './pool.js';

const SORT_COLUMN = { date: 'e.day', salience: 'e.num_mentions', id: 'e.id' } as const;

/** One page of events, keyset-paged on (sort key, id), as the SQLite store does. */
export async function queryEvents(db: Queryable, raw: EventQuery = {}): Promise<EventPage> {
  const q = checkEventQuery(raw);
  const w = eventWhere(q);
  const col = SORT_COLUMN[q.sort];
  const cmp = q.order === 'desc' ? '<' : '>';
  const p = (v: unknown) => w.params.add(v);
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (q.sort === 'id') w.clauses.push(`e.id ${cmp} ${p(c.id)}`);
    else {
      const k = p(c.k);
      w.clauses.push(`(${col} ${cmp} ${k} OR (${col} = ${k} AND e.id ${cmp} ${p(c.id)}))`);
    }
  }
  const dir = q.order.toUpperCase();
  const order = q.sort === 'id' ? `e.id ${dir}` : `${col} ${dir}, e.id ${dir}`;
  const rows = (await db.query<EventRow>(`SELECT e.* FROM events e ${whereSql(w)} ORDER BY ${order} LIMIT ${p(q.limit + 1)}`, w.params.values)).rows;
  const more = rows.length > q.limit;
  if (more) rows.pop();
  const events = await withEvidence(db, rows, q.withMentions ?? false);
  const last = rows[rows.length - 1];
  const key = (r: EventRow) => (q.sort === 'date' ? r.day : q.sort === 'salience' ? r.num_mentions : r.id);
  return { events, nextCursor: more && last ? encodeCursor({ k: key(last), id: last.id }) : null };
}

/** Attaches each event's first mention (and all mentions when asked), two queries per page. */
export async function withEvidence(db: Queryable, rows: EventRow[], all: boolean): Promise<EventRecord[]> {
  if (!rows.length) return [];
  const first = (await db.query<MentionRow>(`${MENTION_SELECT} WHERE m.id = ANY($1::bigint[])`, [rows.map((r) => r.first_mention_id)])).rows;
  const every = all ? (await db.query<MentionRow>(`${MENTION_SELECT} WHERE m.event_id = ANY($1::bigint[]) ORDER BY m.id`, [rows.map((e) => e.id)])).rows : null;
  return attachEvidence(rows, first, every);
}
