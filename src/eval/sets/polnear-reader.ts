/**
 * Reads PolNeAR attribution annotations: BRAT standoff files where text-bound annotations
 * (`T3<TAB>Content 13 98;120 140<TAB>text`) give Source, Cue and Content spans, possibly in several
 * fragments, and event lines (`E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`) tie them into
 * one attribution. A role may repeat with a number (`Content2:T22`); its fragments join the first.
 */

/** A half-open character range into the article text. */
export type Fragment = [number, number];

export interface GoldAttribution {
  id: string;
  content: Fragment[];
  source: Fragment[];
  cue: Fragment[];
}

interface TextBound {
  type: string;
  fragments: Fragment[];
}

/** Parses one `.ann` file. Lines it does not know (notes, relations, attributes) are skipped. */
export function readBratAttributions(ann: string, file = 'ann'): GoldAttribution[] {
  const spans = new Map<string, TextBound>();
  const events: { id: string; args: [string, string][] }[] = [];
  ann.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const id = cols[0]!;
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
      if (!m) throw new Error(`${file}:${n + 1}: malformed text-bound annotation`);
      const fragments = m[2]!.split(';').map((f) => f.split(' ').map(Number) as Fragment);
      spans.set(id, { type: m[1]!, fragments });
    } else if (id.startsWith('E')) {
      const args = (cols[1] ?? '').trim().split(/\s+/).filter(Boolean).map((a) => a.split(':') as [string, string]);
      events.push({ id, args });
    }
  });
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const a: GoldAttribution = { id: e.id, content: [], source: [], cue: [] };
    for (const [role, ref] of e.args.slice(1)) {
      const span = spans.get(ref);
      if (!span) throw new Error(`${file}: ${e.id} refers to unknown annotation ${ref}`);
      const key = role.replace(/\d+$/, '').toLowerCase();
      if (key === 'content' || key === 'source' || key === 'cue') a[key].push(...span.fragments);
    }
    if (a.content.length) {
      for (const k of ['content', 'source', 'cue'] as const) a[k].sort((x, y) => x[0] - y[0]);
      out.push(a);
    }
  }
  return out;
}

/**
 * The annotation file to use for each article: PolNeAR has one annotator per article except for a
 * few annotated by every annotator; for those we take the first annotator id in sort order, which
 * gives the attribution count the set's SOURCE.txt states. Names are `<article>_<annotator>.ann`.
 */
export function onePerArticle(annFiles: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of [...annFiles].sort()) {
    const m = /^(.*)_[0-9a-f]{4}\.ann$/.exec(f);
    if (m && !out.has(m[1]!)) out.set(m[1]!, f);
  }
  return out;
}
