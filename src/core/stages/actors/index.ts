import type { CoderContext } from '../../pipeline/context.js';
import type { Resources } from '../../pipeline/resources.js';
import type { Stage } from '../../pipeline/stage.js';
import { keyStream } from '../../text/key-stream.js';
import { compose, type Hit } from './compose.js';
import { findAgents, findNames, isShouting } from './name-matches.js';
import { OfficeIndex } from './officeholders.js';

const offices = new WeakMap<Resources, OfficeIndex>();

/**
 * Actors named in each sentence: dictionary names (countries, capitals, people, organisations)
 * and agent nouns, combined into mentions with CAMEO codes at the article's date.
 */
export const actorsStage: Stage = {
  name: 'actors',
  run(ctx: CoderContext) {
    const res = ctx.resources;
    let index = offices.get(res);
    if (!index) {
      index = new OfficeIndex(res.actors.entries);
      offices.set(res, index);
    }
    const date = ctx.refDate ? isoDay(ctx.refDate) : null;
    for (const s of ctx.sentences) {
      const ks = keyStream(ctx.tokens, s.tokenStart, s.tokenEnd);
      const shouting = isShouting(ctx.tokens, s.tokenStart, s.tokenEnd);
      const names = findNames(res.actors.trie, ks, ctx.tokens, shouting).map((h) => ({ ...h, kind: 'name' as const }));
      const agents = findAgents(res.agents.trie, ks, ctx.tokens)
        .filter((a) => !names.some((n) => n.tokenStart < a.tokenEnd && a.tokenStart < n.tokenEnd))
        .map((h) => ({ ...h, kind: 'agent' as const }));
      const hits: Hit[] = [...names, ...agents].sort((a, b) => a.tokenStart - b.tokenStart);
      const mentions = compose(hits, { tokens: ctx.tokens, sentence: s.index, text: ctx.text, date, offices: index });
      ctx.mentions.push(...mentions);
      ctx.debug('actors', () => `s${s.index}: ${mentions.map((m) => `${m.text}=${m.code}`).join(', ')}`);
    }
  },
};

export function isoDay(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
