/** One gold event of an own-news sentence: actor codes as CAMEO writes them, "" for an unnamed actor. */
export interface OwnNewsEvent {
  source: string;
  target: string;
  code: string;
}

export interface OwnNewsItem {
  id: string;
  text: string;
  /** YYYY-MM-DD, passed to the coder as the publication date. */
  published: string | null;
  /** Empty: the sentence has no codable event. */
  events: OwnNewsEvent[];
  note: string | null;
}

const CODE = /^\d{2,4}$/;
const ACTOR = /^[A-Z]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads eval/own-news/sentences.jsonl, or another set in its format (`label` names it in errors):
 * one JSON object a line,
 * {"id","text","published","events":[{"source","target","code"}],"note"}. Blank lines are
 * skipped; anything malformed throws with its line number, since the file is ours to fix.
 */
export function readOwnNews(jsonl: string, label = 'own-news'): OwnNewsItem[] {
  const out: OwnNewsItem[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of jsonl.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const bad = (why: string): never => {
      throw new Error(`${label} line ${i + 1}: ${why}`);
    };
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      return bad(`not JSON (${(err as Error).message})`);
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) bad('not an object');
    if (typeof o.id !== 'string' || !o.id) bad('no id');
    const id = o.id as string;
    if (ids.has(id)) bad(`duplicate id ${id}`);
    ids.add(id);
    if (typeof o.text !== 'string' || !o.text.trim()) bad('no text');
    if (o.published !== undefined && (typeof o.published !== 'string' || !DATE.test(o.published))) bad('published is not YYYY-MM-DD');
    if (!Array.isArray(o.events)) bad('events is not an array');
    const events = (o.events as unknown[]).map((e, j): OwnNewsEvent => {
      const ev = e as Record<string, unknown>;
      if (!ev || typeof ev !== 'object') return bad(`event ${j + 1} is not an object`);
      const { source, target, code } = ev;
      if (typeof source !== 'string' || !ACTOR.test(source)) return bad(`event ${j + 1}: bad source`);
      if (typeof target !== 'string' || !ACTOR.test(target)) return bad(`event ${j + 1}: bad target`);
      if (typeof code !== 'string' || !CODE.test(code)) return bad(`event ${j + 1}: bad code`);
      return { source, target, code };
    });
    out.push({ id, text: (o.text as string).trim(), published: (o.published as string | undefined) ?? null, events, note: typeof o.note === 'string' ? o.note : null });
  }
  return out;
}
