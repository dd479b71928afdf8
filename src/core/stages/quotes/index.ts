import type { Quote, Speaker } from '../../model/quote.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { directQuotes } from './direct.js';
import { buildDoc } from './doc.js';
import { indirectQuotes } from './indirect.js';
import type { RawQuote } from './raw-quote.js';
import { resolveSpeaker } from './resolve-speaker.js';
import { labelledSpeech } from './speaker-label.js';

/**
 * Quotations with their speakers. Steps:
 * 1. quotation marks paired across sentences and paragraphs (quote-marks.ts);
 * 2. direct quotations attributed to a cue after or before them, or carrying on the previous one (direct.ts);
 * 3. reported speech: the content of "X said (that) ...", "according to X", "..., X said" (indirect.ts),
 *    and speech after a name and a colon ("PENCE: ...", speaker-label.ts);
 * 4. speakers resolved in text order: the entity of an actor mention in the speaker's words when
 *    coreference found one, the previous named speaker for an unresolved "he"/"she", else the words.
 * Quotations that share a cue are one attribution in several pieces ("“A,” he said. “B.”").
 */
export const quotesStage: Stage = {
  name: 'quotes',
  run(ctx: CoderContext) {
    const doc = buildDoc(ctx);
    const labelled = labelledSpeech(doc);
    const raws = [...inside(directQuotes(doc), labelled), ...indirectQuotes(doc), ...labelled].sort((a, b) => a.start - b.start || a.end - b.end);
    ctx.quotes = resolveAll(ctx, raws);
    ctx.debug('quotes', () => ctx.quotes.map((q) => `${q.kind} ${q.speaker?.name ?? '?'} [${q.cue?.text ?? '-'}]: ${q.text.slice(0, 60)}`).join('\n'));
  },
};

/** A quotation with no cue inside labelled speech ("Caddell: It’s ‘in Their Heads’") is the label's. */
function inside(direct: RawQuote[], labelled: readonly RawQuote[]): RawQuote[] {
  return direct.map((q) => {
    if (q.cue) return q;
    const label = labelled.find((l) => l.start <= q.start && q.end <= l.end);
    return label ? { ...q, cue: label.cue, subject: label.subject, ruleIds: [...q.ruleIds.filter((r) => r !== 'quote.unattributed'), 'quote.label'] } : q;
  });
}

function resolveAll(ctx: CoderContext, raws: readonly RawQuote[]): Quote[] {
  const speakers = new Map<RawQuote, { speaker: Speaker | null; ruleIds: string[] }>();
  let lastNamed: Speaker | null = null;
  const resolve = (raw: RawQuote): { speaker: Speaker | null; ruleIds: string[] } => {
    const known = speakers.get(raw);
    if (known) return known;
    let result: { speaker: Speaker | null; ruleIds: string[] };
    if (raw.continues) result = resolve(raw.continues);
    else if (!raw.subject) result = { speaker: null, ruleIds: [] };
    else {
      const r = resolveSpeaker(ctx, raw.subject.range, lastNamed, raw.subject.antecedent);
      if (r.named) lastNamed = r.speaker;
      result = { speaker: r.speaker, ruleIds: r.ruleIds };
    }
    speakers.set(raw, result);
    return result;
  };
  return raws.map((raw) => {
    const { speaker, ruleIds } = resolve(raw);
    const quote: Quote = {
      text: ctx.text.slice(raw.start, raw.end),
      start: raw.start,
      end: raw.end,
      speaker,
      kind: raw.kind,
      ruleIds: [...new Set([...raw.ruleIds, ...ruleIds])],
    };
    if (raw.cue) {
      const from = ctx.tokens[raw.cue.from]!;
      const to = ctx.tokens[raw.cue.to - 1]!;
      quote.cue = { start: from.start, end: to.end, text: ctx.text.slice(from.start, to.end) };
    }
    return quote;
  });
}
