import { XMLParser } from 'fast-xml-parser';

/** One gold toponym: a span of the text and, when the annotators could place it, its coordinates. */
export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat: number | null;
  lon: number | null;
}

export interface GeoDoc {
  id: string;
  text: string;
  toponyms: GoldToponym[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  trimValues: false,
  parseTagValue: false,
  isArray: (name) => ['article', 'toponym', 'location'].includes(name),
});

type Node = Record<string, unknown>;
const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? String((v as Node)['#text'] ?? '') : String(v));
const num = (v: unknown): number | null => {
  const s = str(v).trim();
  return s && Number.isFinite(Number(s)) ? Number(s) : null;
};

/**
 * LGL (Lieberman et al.) as in Gritta's collection: `<article docid>` with `<text>` and
 * `<toponyms><toponym><start/><end/><phrase/><gaztag><lat/><lon/></gaztag>`; toponyms without a
 * gaztag (streets, buildings) have no coordinates.
 */
export function readLgl(xml: string): GeoDoc[] {
  const root = parser.parse(xml) as Node;
  const articles = ((root.articles as Node | undefined)?.article ?? []) as Node[];
  return articles.map((a, i) => {
    const text = str(a.text);
    const tops = (((a.toponyms as Node | undefined)?.toponym ?? []) as Node[]).map((t) => {
      const g = t.gaztag as Node | undefined;
      return place(text, Number(str(t.start)), Number(str(t.end)), str(t.phrase), num(g?.lat), num(g?.lon));
    });
    return { id: str(a['@docid']) || `lgl-${i + 1}`, text, toponyms: tops.filter((t): t is GoldToponym => t !== null) };
  });
}

/** GeoVirus (Gritta et al.): `<article><source/><text/><locations><location><name/><start/><end/><lat/><lon/>`. */
export function readGeoVirus(xml: string): GeoDoc[] {
  const root = parser.parse(xml) as Node;
  const articles = ((root.articles as Node | undefined)?.article ?? []) as Node[];
  return articles.map((a, i) => {
    const text = str(a.text);
    const tops = (((a.locations as Node | undefined)?.location ?? []) as Node[]).map((l) => place(text, Number(str(l.start)), Number(str(l.end)), str(l.name), num(l.lat), num(l.lon)));
    return { id: `geovirus-${i + 1}`, text, toponyms: tops.filter((t): t is GoldToponym => t !== null).sort((x, y) => x.start - y.start) };
  });
}

/**
 * A gold span, checked against the text. Offsets counted in code points (Python) drift from
 * JavaScript's after a character outside the BMP, so a phrase not at its offset is looked for
 * nearby; one not found at all is dropped rather than scored against the wrong words.
 */
function place(text: string, start: number, end: number, phrase: string, lat: number | null, lon: number | null): GoldToponym | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return null;
  let s = start;
  if (phrase && text.slice(s, s + phrase.length) !== phrase) {
    const near = text.indexOf(phrase, Math.max(0, start - 10));
    if (near < 0 || near > start + 10) return null;
    s = near;
  }
  return { start: s, end: s + (phrase ? phrase.length : end - start), phrase: phrase || text.slice(start, end), lat, lon };
}
