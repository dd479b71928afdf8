export interface ClassItem {
  text: string;
  label: string;
}

/** `sentence<TAB>label` lines (cameo_class/*.tsv). */
export function readClassTsv(text: string): ClassItem[] {
  const out: ClassItem[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const tab = line.lastIndexOf('\t');
    if (tab < 0) throw new Error(`ConfliBERT class file: no tab in '${line.slice(0, 60)}'`);
    out.push({ text: line.slice(0, tab).trim(), label: line.slice(tab + 1).trim() });
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
}

/** A BIO sentence rebuilt as text, with its gold spans as character offsets into that text. */
export interface NerSentence {
  text: string;
  /** Spans by role letter: S source, T target, R reciprocal (both). */
  spans: { role: string; start: number; end: number; text: string }[];
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/**
 * Reads CoNLL `token tag` lines with blank lines between sentences (cameo_ner/*.txt) and rebuilds
 * each sentence as readable text, so the coder sees "U.S. forces, he said." rather than spaced
 * punctuation. Token offsets become character offsets of the rebuilt text.
 */
export function readBio(text: string): NerSentence[] {
  const out: NerSentence[] = [];
  let toks: { word: string; tag: string }[] = [];
  const flush = () => {
    if (toks.length) out.push(rebuild(toks));
    toks = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const m = /^(\S+)\s+(\S+)\s*$/.exec(line.trim());
    if (!m) throw new Error(`BIO file: expected 'token tag', found '${line}'`);
    toks.push({ word: m[1]!, tag: m[2]! });
  }
  flush();
  return out;
}

function rebuild(toks: { word: string; tag: string }[]): NerSentence {
  let text = '';
  const offsets: Span[] = [];
  toks.forEach((t, i) => {
    if (i > 0 && !NO_SPACE_BEFORE.test(t.word) && !NO_SPACE_AFTER.test(toks[i - 1]!.word)) text += ' ';
    offsets.push({ start: text.length, end: text.length + t.word.length });
    text += t.word;
  });
  const spans: NerSentence['spans'] = [];
  let open: { role: string; first: number; last: number } | null = null;
  const close = () => {
    if (open) spans.push({ role: open.role, start: offsets[open.first]!.start, end: offsets[open.last]!.end, text: text.slice(offsets[open.first]!.start, offsets[open.last]!.end) });
    open = null;
  };
  toks.forEach((t, i) => {
    const m = /^([BI])-(\w+)$/.exec(t.tag);
    if (!m) return close();
    // An I- tag that does not continue a span of its role starts one, as the CoNLL scorer reads it.
    if (m[1] === 'B' || !open || open.role !== m[2]) {
      close();
      open = { role: m[2]!, first: i, last: i };
    } else open.last = i;
  });
  close();
  return { text, spans };
}
