import { clean, commonWords, slug } from './names.js';
import { sourceLines } from './source-lines.js';

/** A phrase that makes PETRARCH skip a whole story (`+` lines) or one sentence. */
export interface Discard {
  phrase: string;
  scope: 'story' | 'sentence';
  file: string;
  line: number;
}

/** Reads a PETRARCH discard list: one phrase a line, `+` for story-level discards. */
export function readDiscards(file: string, text: string): Discard[] {
  const out: Discard[] = [];
  for (const { line, text: t } of sourceLines(text)) {
    const s = t.trim();
    if (!s) continue;
    const story = s.startsWith('+');
    const phrase = commonWords(story ? s.slice(1) : s);
    if (phrase) out.push({ phrase, scope: story ? 'story' : 'sentence', file, line });
  }
  return out;
}

/** Our discards file: a sentence-scope or article-scope entry per PETRARCH line, with its line in the id. */
export function convertDiscards(file: string, discards: readonly Discard[]): string {
  const stem = slug(file);
  const lines = discards.map((d) => `petr.${stem}.l${d.line} | ${d.scope === 'story' ? 'article' : 'sentence'} | ${clean(d.phrase)}`);
  return [`# Converted from the PETRARCH discard list ${file} by dyad's importer.`, ...lines].join('\n') + '\n';
}
