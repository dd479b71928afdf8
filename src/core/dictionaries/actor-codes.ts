import { ISO3 } from '../codebook/countries.js';

/** CAMEO sector codes that we report as roles. Anything else in a code is kept in the code only. */
export const SECTOR_ROLES = new Set([
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'INS', 'SEP', 'PTY', 'MED', 'BUS', 'CVL', 'EDU',
  'HLH', 'REF', 'LAB', 'AGR', 'CRM', 'ELI', 'SPY', 'UAF', 'REL', 'ENV', 'HRI', 'NGO', 'IGO', 'MNC',
  'MOD', 'RAD', 'IMG', 'DEV', 'HIN', 'IRE', 'NAT',
]);

/** Non-state prefixes CAMEO uses in place of a country (IMG: an international militarized group such as al-Qaeda). */
export const NON_STATE = new Set(['IGO', 'NGO', 'MNC', 'NGM', 'INT', 'UIS', 'REG', 'IMG']);

export interface DecodedActorCode {
  code: string;
  country: string | null;
  roles: string[];
}

/** Splits a CAMEO actor code into its country and 3-letter sector roles: PRKGOV → PRK, [GOV]. */
export function decodeActorCode(code: string): DecodedActorCode {
  const c = code.toUpperCase();
  const head = c.slice(0, 3);
  const country = ISO3.has(head) || (/^[A-Z]{3}$/.test(head) && !SECTOR_ROLES.has(head) && !NON_STATE.has(head)) ? head : null;
  const rest = country || NON_STATE.has(head) ? c.slice(3) : c;
  const roles: string[] = [];
  if (NON_STATE.has(head) && SECTOR_ROLES.has(head)) roles.push(head);
  for (let i = 0; i + 3 <= rest.length; i += 3) {
    const r = rest.slice(i, i + 3);
    if (SECTOR_ROLES.has(r) && !roles.includes(r)) roles.push(r);
  }
  return { code: c, country, roles };
}

/** Joins a country (or null) and roles into a code: (RUS, [MIL, COP]) → RUSMILCOP. */
export function encodeActorCode(country: string | null, roles: readonly string[], fallback = ''): string {
  return (country ?? fallback) + roles.join('');
}
