import { commonWords } from './names.js';
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
