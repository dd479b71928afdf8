/** One actor of a gold record: `code` is an ISO 3166 alpha-3 country, or IGO, NGO, ... */
export interface GsrActor {
  text: string;
  code: string | null;
  /** The first three letters of the sector, upper case ("CVLalb" → CVL); null when absent or "***". */
  sector: string | null;
}

export interface GsrRecord {
  id: string;
  text: string;
  date: string | null;
  /** As written in the file (PLOVER 0.5b1 names). */
  event: string;
  source: GsrActor[];
  target: GsrActor[];
  /** Event location; `country` is the ISO 3166 alpha-2 code the records use, when given. */
  location: { name: string; country: string | null } | null;
}

/**
 * Reads the PLOVER gold standard file: a JSON array of records, the first of which is a
 * DOCUMENT record describing the file (skipped, as is any record without text or event).
 */
export function readPloverGsr(json: string): GsrRecord[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error('PLOVER GSR: expected a JSON array of records');
  const out: GsrRecord[] = [];
  for (const r of data as Record<string, unknown>[]) {
    if (!r || typeof r !== 'object' || r.event === 'DOCUMENT') continue;
    if (typeof r.text !== 'string' || typeof r.event !== 'string' || !r.event) continue;
    const loc = r.eventLoc as Record<string, unknown> | undefined;
    out.push({
      id: String(r.id ?? out.length + 1),
      text: r.text,
      date: typeof r.date === 'string' ? r.date : null,
      event: r.event,
      source: actors(r.source),
      target: actors(r.target),
      location: loc && typeof loc.name === 'string' ? { name: loc.name, country: typeof loc['country code'] === 'string' ? (loc['country code'] as string).toUpperCase() : null } : null,
    });
  }
  return out;
}

/**
 * A few records give a country under a code that is not ISO 3166 alpha-3 and means one that is
 * (Japan as JAP, Italy as ITL, Vietnam as VTN; the same records use JPN, ITA and VNM elsewhere).
 * Scored as the ISO code, so that a right country is not counted as wrong. docs/eval.md lists them.
 */
const GOLD_CODE_TYPOS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

export function goldCode(code: string): string {
  return GOLD_CODE_TYPOS[code] ?? code;
}

function actors(v: unknown): GsrActor[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
    .map((a) => {
      const sector = typeof a.sector === 'string' ? a.sector.slice(0, 3).toUpperCase() : '';
      return {
        text: String(a.actorText ?? ''),
        code: typeof a.code === 'string' && a.code ? goldCode(a.code.toUpperCase()) : null,
        sector: /^[A-Z]{3}$/.test(sector) ? sector : null,
      };
    });
}
