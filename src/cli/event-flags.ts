import type { QuadClass } from '../core/index.js';
import { parseDyad, type EventQuery } from '../stores/index.js';
import { UsageError } from './args.js';

/** The filter flags `dyad events` and `dyad export` share, for parseArgs. */
export const EVENT_FILTER_FLAGS = {
  db: { type: 'string' },
  dyad: { type: 'string' },
  directed: { type: 'boolean' },
  actor: { type: 'string' },
  cameo: { type: 'string' },
  quad: { type: 'string' },
  plover: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  place: { type: 'string' },
  'place-country': { type: 'string' },
  q: { type: 'string' },
  'q-in': { type: 'string' },
} as const;

export const EVENT_FILTER_USAGE = [
  '  --db PATH             database (default ./data/dyad.db, or DYAD_DB)',
  '  --dyad A:B            events between A and B either way (A>B or --directed: A the source)',
  '  --actor X             X on either side: a 3-letter country (RUS) or a code prefix (RUSGOV, IGOUNO)',
  '  --cameo CODE          CAMEO code or root prefix: 19, 190, 1903',
  '  --quad 1,2,3,4        QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict',
  '  --plover TYPE         PLOVER event type (ASSAULT, AID, ...)',
  '  --from/--to DAY       event day range, YYYY-MM-DD, inclusive',
  '  --place NAME|ID       event location by name or GeoNames id;  --place-country ISO3',
  '  --q WORDS             full-text search in the evidence sentences (--q-in article: whole articles)',
].join('\n');

type Values = { [K in keyof typeof EVENT_FILTER_FLAGS]?: (typeof EVENT_FILTER_FLAGS)[K]['type'] extends 'boolean' ? boolean : string };

/** Flag values to an EventQuery; the store validates the values themselves and names what is wrong. */
export function eventQueryFromFlags(v: Values): EventQuery {
  const q: EventQuery = {};
  if (v.dyad) q.dyad = { ...parseDyad(v.dyad), ...(v.directed ? { directed: true } : {}) };
  else if (v.directed) throw new UsageError('--directed needs --dyad');
  if (v.actor) q.actor = v.actor;
  if (v.cameo) q.cameo = v.cameo;
  if (v.quad) q.quadClass = v.quad.split(',').map((s) => Number(s.trim()) as QuadClass);
  if (v.plover) q.plover = v.plover;
  if (v.from) q.from = v.from;
  if (v.to) q.to = v.to;
  if (v.place) q.place = v.place;
  if (v['place-country']) q.placeCountry = v['place-country'];
  if (v.q) q.q = v.q;
  if (v['q-in']) q.qIn = v['q-in'] as EventQuery['qIn'];
  return q;
}
