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
  if (c) return { code: c, rule: mood === 'intent' ? 'mood.intent-to-harm.to-13' : 'mood.threat.to-13' };
  // A threat with no specific form ("an ultimatum to halt attacks") is a threat all the same.
  return { code: '130', rule: 'mood.threat.unspecified' };
}

/**
 * What a demand that someone do something is coded as: CAMEO's demands (10x) mirror its
 * intents (03x) digit for digit — 0353 intend to release, 1053 demand release — so the act is
 * first mapped to its intent form, then 03 becomes 10. Acts with no intent form are 100. Appeals
 * (02x) mirror intents the same way ("wants Syria to release" → 0253).
 */
export function demandCode(code: string, lex: VerbLexicon, family: '10' | '02' = '10'): string {
  if (code.startsWith(family)) return code;
  const intent = code.startsWith('03') ? code : longestPrefix(lex.intent, code);
  return intent && intent.startsWith('03') ? `${family}${intent.slice(2)}` : `${family}0`;
}

/** Refusals mirror intents: refusing to release (0353 as an intent) is 1243, to meet (036) is 125. */
const INTENT_TO_REJECT: ReadonlyArray<[string, string]> = [
  ['0311', '1211'], ['0312', '1212'], ['031', '121'],
  ['0331', '1221'], ['0332', '1222'], ['0333', '1223'], ['0334', '1224'], ['033', '122'],
  ['0341', '1231'], ['0342', '1232'], ['0343', '1233'], ['0344', '1234'], ['034', '123'],
  ['0351', '1241'], ['0352', '1242'], ['0353', '1243'], ['0354', '1244'], ['0355', '1245'], ['0356', '1246'], ['035', '124'],
  ['036', '125'], ['038', '126'], ['039', '126'], ['03', '120'],
];

/**
 * What refusing an act is coded as ("will not meet the demands", "refused to withdraw"): the act's
 * intent form mapped to CAMEO's reject family. Refusing anything else one was asked or expected to
 * do ("refused to deploy troops", "refused to condemn") is a rejection too (120), when a refusal
verb says so. Null for
 * statements and appeals: "declined to comment" rejects nothing.
 */
export function rejectCode(code: string, lex: VerbLexicon, explicitRefusal = false): string | null {
  const root = Number(code.slice(0, 2));
  if (root < 3) return null;
  // ("will not attack" is a negated attack; only "refused to attack" rejects something.)
  if (root > 8) return explicitRefusal ? '120' : null;
  const intent = code.startsWith('03') ? code : longestPrefix(lex.intent, code);
  if (!intent) return '120';
  for (const [prefix, reject] of INTENT_TO_REJECT) if (intent.startsWith(prefix)) return reject;
  return '120';
}
