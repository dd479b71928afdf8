import type { DiscardEntry } from '../../dictionaries/discards.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';

/**
 * Events from text that the discard dictionaries say is not event data ("baseball", "World Cup
 * qualifier") are moved to the suppressed events, with reason `discarded` and the discard
 * entry's id: a `sentence` phrase takes its sentence's events, an `article` phrase all of them.
 * It runs after the events stage, so coding itself never depends on it.
 */
export const discardsStage: Stage = {
  name: 'discards',
  run(ctx: CoderContext) {
    const trie = ctx.resources.discards;
    if (!trie.size || !ctx.events.length) return;
    const bySentence = new Map<number, DiscardEntry>();
    let article: DiscardEntry | null = null;
    for (const s of ctx.sentences) {
      const keys = ctx.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.key);
      for (let i = 0; i < keys.length && !article; i++) {
        for (const m of trie.matchesAt(keys, i)) {
          for (const e of m.values) {
            if (e.scope === 'article') article = e;
            else if (!bySentence.has(s.index)) bySentence.set(s.index, e);
          }
        }
      }
    }
    if (!article && !bySentence.size) return;
    ctx.debug('discards', () => (article ? `article discarded by ${article.id}` : `sentences discarded: ${[...bySentence].map(([i, e]) => `s${i} ${e.id}`).join(', ')}`));
    const kept = [];
    for (const e of ctx.events) {
      const why = article ?? bySentence.get(e.evidence.sentenceIndex);
      if (!why) {
        kept.push(e);
        continue;
      }
      const { id: _id, ...rest } = e;
      ctx.suppressed.push({ ...rest, ruleIds: [...rest.ruleIds, why.id], reason: 'discarded' });
    }
    ctx.events = kept;
  },
};
