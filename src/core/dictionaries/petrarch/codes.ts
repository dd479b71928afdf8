import { SECTOR_ROLES } from '../actor-codes.js';

/** What our actor format needs: upper-case letters in groups of three. */
const OUR_CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;

export type CodeResult = { ok: true; code: string } | { ok: false; construct: string; detail: string };

/**
 * Turns a PETRARCH actor code into one of ours. PETRARCH allows what we cannot say: `---` (the
 * actor is known but not coded), `A/B` (one name, several actors), lower case, and codes whose
 * length is not a multiple of three (old KEDS codes such as YEMNO).
 */
export function actorCode(raw: string): CodeResult {
  const code = raw.trim();
  if (/^-+$/.test(code)) return { ok: false, construct: 'null actor code [---]', detail: 'the name is known but never coded; entry dropped' };
  if (code.includes('/')) return { ok: false, construct: 'several codes for one name (A/B)', detail: `'${code}': name dropped` };
  const up = code.toUpperCase();
  if (!OUR_CODE.test(up)) return { ok: false, construct: 'actor code not in groups of three letters', detail: `'${code}' dropped` };
  return { ok: true, code: up };
}

/** The 3-letter sector codes of an agent code we can express as roles, and the rest we drop. */
export function agentRoles(code: string): { roles: string[]; dropped: string[] } {
  const up = code.toUpperCase();
  if (!/^[A-Z]+$/.test(up) || up.length % 3 !== 0) return { roles: [], dropped: [up] };
  const roles: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < up.length; i += 3) {
    const part = up.slice(i, i + 3);
    if (SECTOR_ROLES.has(part) && !roles.includes(part)) roles.push(part);
    else dropped.push(part);
  }
  return { roles, dropped };
}
