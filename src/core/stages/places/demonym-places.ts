import { COUNTRY_ROWS, DEMONYM_KEYS } from '../../geo/places.generated.js';
import type { Place } from '../../model/place.js';
import type { CoderContext } from '../../pipeline/context.js';

const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_KEYS);
let byIso3: Map<string, (typeof COUNTRY_ROWS)[number]> | null = null;

/**
 * "Russian troops", "the Chinese embassy": a nationality adjective refers to its country. These
 * are places named in the text (geoparsing corpora such as LGL annotate them), but adjectival:
 * they never become an event's location, and they are only taken where the actors stage read the
 * same words as that country, so "Turkish Kurds" or "French fries" cannot mislead them.
 */
export function demonymPlaces(ctx: CoderContext, taken: readonly Place[]): Place[] {
  byIso3 ??= new Map(COUNTRY_ROWS.map((r) => [r[0], r]));
  const out: Place[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const two = tokens[i + 1] && tokens[i + 1]!.sentence === t.sentence ? `${t.key} ${tokens[i + 1]!.key}` : '';
    const width = two && DEMONYMS.has(two) ? 2 : DEMONYMS.has(t.key) ? 1 : 0;
    if (!width) continue;
    const start = t.start;
    const end = tokens[i + width - 1]!.end;
    i += width - 1;
    const first = i - width + 1;
    const mention = ctx.mentions.find((m) => m.tokenStart <= first && i < m.tokenEnd && m.country && m.type !== 'pronoun');
    const row = mention?.country ? byIso3.get(mention.country) : undefined;
    // The mention's country must be the adjective's own: "Afghan Uzbeks" is Afghanistan's, and so is "Afghan".
    if (!row || !opensMention(tokens, mention!.tokenStart, first)) continue;
    if (taken.some((p) => p.start < end && start < p.end)) continue;
    out.push({ name: row[1][0]!, text: ctx.text.slice(start, end), country: row[0], lat: row[2], lon: row[3], featureCode: 'A.PCLI', start, end, basis: 'stated', ruleIds: ['place.demonym'] });
  }
  return out;
}

/** Only determiners, numbers and adjectives stand between the mention's first token and the adjective. */
function opensMention(tokens: CoderContext['tokens'], from: number, at: number): boolean {
  for (let k = from; k < at; k++) if (!['DET', 'NUM', 'ADJ'].includes(tokens[k]!.pos)) return false;
  return true;
}
