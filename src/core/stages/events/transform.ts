import type { VerbLexicon } from './verb-lexicon.js';

/** The longest prefix of `code` listed in the map, mapped. */
function longestPrefix(map: ReadonlyMap<string, string>, code: string): string | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const hit = map.get(c);
    if (hit) return hit;
  }
  return null;
}

/**
 * What an intended or threatened event is coded as. Intending cooperation is CAMEO 03x
 * ("vowed to expand ties" → 03); intending force is a threat, 13x ("ready to mobilize" → 13).
 */
export function transformCode(code: string, mood: 'intent' | 'threat', lex: VerbLexicon): { code: string; rule: string } | null {
  const root = Number(code.slice(0, 2));
  if (root === 3 || root === 13) return { code, rule: 'mood.already-modal' };
  if (mood === 'intent') {
    const c = longestPrefix(lex.intent, code);
    if (c) return { code: c, rule: 'mood.intent.to-03' };
    // Intending material harm (force, coercion, sanctions) is a threat; intending to investigate or
    // criticise stays what it is, with the mood recorded.
    if (root < 14) return null;
  }
  const c = longestPrefix(lex.threat, code);
  return c ? { code: c, rule: mood === 'intent' ? 'mood.intent-to-harm.to-13' : 'mood.threat.to-13' } : null;
}

/**
 * What a demand that someone do something is coded as: CAMEO's demands (10x) mirror its
 * intents (03x) digit for digit — 0353 intend to release, 1053 demand release — so the act is
 * first mapped to its intent form, then 03 becomes 10. Acts with no intent form are 100.
 */
export function demandCode(code: string, lex: VerbLexicon): string {
  if (code.startsWith('10')) return code;
  const intent = code.startsWith('03') ? code : longestPrefix(lex.intent, code);
  return intent && intent.startsWith('03') ? `10${intent.slice(2)}` : '100';
}
