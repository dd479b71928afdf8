/** One TIMEX3 of a TimeML document, with offsets into the document's plain text. */
export interface Timex {
  tid: string;
  type: string;
  value: string;
  text: string;
  start: number;
  end: number;
}

export interface TimemlDoc {
  id: string;
  /** The document creation time (YYYY-MM-DD), or null when the file has none. */
  dct: string | null;
  /** The content of <TEXT> with every tag removed and entities decoded. */
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const TOKEN = /<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>|&(#x[0-9a-f]+|#\d+|[a-z]+);|[^<&]+|[<&]/gi;

/**
 * Reads a TimeML file (TimeBank, AQUAINT). The text is what lies between <TEXT> and </TEXT>,
 * with tags stripped, so gold offsets and our offsets refer to the same string.
 */
export function readTimeml(xml: string, fallbackId = ''): TimemlDoc {
  const id = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(xml)?.[1] ?? fallbackId;
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dctValue = dctTag ? attributes(dctTag).value ?? '' : '';
  const dct = /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: Omit<Timex, 'end' | 'text'> | null = null;
  for (const m of body.matchAll(TOKEN)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        if (open) timexes.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
        open = null;
      } else if (!m[4]) {
        const a = attributes(m[3] ?? '');
        open = { tid: a.tid ?? '', type: a.type ?? '', value: a.value ?? '', start: text.length };
      }
    } else if (m[5]) text += decodeEntity(m[5]);
    else text += m[0];
  }
  return { id, dct, text, timexes };
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_, e: string) => decodeEntity(e));
  return out;
}

function decodeEntity(e: string): string {
  if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
  if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
  return ENTITIES[e] ?? `&${e};`;
}
