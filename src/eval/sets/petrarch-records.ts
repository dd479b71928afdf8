export interface PetrarchCoding {
  source: string;
  target: string;
  code: string;
}

export interface PetrarchRecord {
  id: string;
  /** YYYY-MM-DD, from the record's YYYYMMDD date. */
  date: string | null;
  category: string;
  text: string;
  /** Expected events; empty when the record expects none. */
  codings: PetrarchCoding[];
  /** The record says it yields no events (`noevents="True"`). */
  noEvents: boolean;
  /** `error="..."`: the record tests an input error or a discard instead of a coding. */
  error: string | null;
  /**
   * PETRARCH options in force for this record, lower-cased names and values: `<Config option=
   * "require_dyad" value="false">` tags between records change them for the records after.
   */
  config: Record<string, string>;
}

/** Whether PETRARCH keeps only events with both a source and a target (its default: yes). */
export const requiresDyad = (r: Pick<PetrarchRecord, 'config'>) => (r.config.require_dyad ?? 'true') !== 'false';

/**
 * Reads PETRARCH validation records. Two layouts occur: `<Sentence ...>` elements that contain
 * their `<EventCoding>` and `<Text>` (the unit tests), and empty `<Sentence .../>` tags followed
 * by them (the PETR-2 GSR file), so a record runs from one `<Sentence` to the next. Comments go
 * first; the parse trees are ignored (we parse ourselves).
 */
export function readPetrarchRecords(xml: string): PetrarchRecord[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const starts = [...body.matchAll(/<Sentence\b/g)].map((m) => m.index!);
  const out: PetrarchRecord[] = [];
  let config: Record<string, string> = {};
  const readConfig = (s: string) => {
    for (const m of s.matchAll(/<Config\b([^>]*)>/g)) {
      const a = attributes(m[1]!);
      if (a.option) config = { ...config, [a.option.toLowerCase()]: (a.value ?? '').toLowerCase() };
    }
  };
  readConfig(body.slice(0, starts[0] ?? body.length));
  starts.forEach((at, i) => {
    const chunk = body.slice(at, starts[i + 1] ?? body.length);
    const forThis = config;
    // Config tags after this record's text apply to the records that follow.
    readConfig(chunk);
    const tag = /^<Sentence\b([^>]*)>/.exec(chunk);
    if (!tag) return;
    const a = attributes(tag[1]!);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(chunk)?.[1];
    if (text === undefined) return;
    const codings: PetrarchCoding[] = [];
    let noEvents = false;
    let error: string | null = null;
    for (const m of chunk.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const c = attributes(m[1]!);
      if (/^true$/i.test(c.noevents ?? '')) noEvents = true;
      else if (c.error) error = c.error;
      else if (c.eventcode) codings.push({ source: c.sourcecode ?? '', target: c.targetcode ?? '', code: c.eventcode });
    }
    const d = /^(\d{4})(\d{2})(\d{2})$/.exec(a.date ?? '');
    out.push({
      id: a.id ?? `record-${i + 1}`,
      date: d ? `${d[1]}-${d[2]}-${d[3]}` : null,
      category: a.category ?? '',
      text: decodeEntities(text).replace(/\s+/g, ' ').trim(),
      codings,
      noEvents,
      error,
      config: forThis,
    });
  });
  return out;
}

/** `name = "value"` or `name='value'` pairs, names lower-cased. */
function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}
