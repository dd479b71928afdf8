import type { CodedEvent } from '../../model/event.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import type { VerbLexicon, VerbPattern } from '../events/verb-lexicon.js';

const BY_ID = new WeakMap<VerbLexicon, Map<string, VerbPattern>>();

function patternsById(lex: VerbLexicon): Map<string, VerbPattern> {
  let m = BY_ID.get(lex);
  if (!m) {
    m = new Map(lex.patterns.map((p) => [p.id, p]));
    BY_ID.set(lex, m);
  }
  return m;
}

/**
 * Paired codes (`032:033` in an event pattern): an event between two actors also gives the
 * pattern's second code from the target back to the source, with the same evidence ("X left for
 * Y" is X's visit and Y's hosting it). Only events coded with the pattern's own code are paired:
 * an intended or threatened visit is not yet hosted.
 */
export const pairedEventsStage: Stage = {
  name: 'paired',
  run(ctx: CoderContext) {
    const lex = ctx.resources.verbs;
    if (!lex.patterns.some((p) => p.reverseCode)) return;
    const byId = patternsById(lex);
    const added: CodedEvent[] = [];
    for (const e of ctx.events) {
      const p = byId.get(e.ruleIds[0] ?? '');
      if (!p?.reverseCode || !e.source || !e.target || e.cameo.code !== p.code) continue;
      const cameo = ctx.resources.codebook.coding(p.reverseCode);
      if (!cameo) {
        ctx.warnings.push(`pattern ${p.id} pairs its code with ${p.reverseCode}, which the codebook lacks`);
        continue;
      }
      const twin = (x: CodedEvent) => x.evidence.sentenceIndex === e.evidence.sentenceIndex && x.cameo.code === cameo.code && x.source?.code === e.target!.code && x.target?.code === e.source!.code;
      if (ctx.events.some(twin) || added.some(twin)) continue;
      added.push({ ...e, source: e.target, target: e.source, cameo, plover: ctx.resources.codebook.plover(cameo.code), ruleIds: [...e.ruleIds, 'event.paired-code'] });
    }
    if (added.length) ctx.debug('paired', () => added.map((e) => `${e.source?.code} ${e.cameo.code} ${e.target?.code}`).join('\n'));
    ctx.events.push(...added);
  },
};
