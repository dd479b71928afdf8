import type { ActorEntry, DatedCode } from '../../dictionaries/actors.js';
import { codeValidOn } from '../../dictionaries/actors.js';

/** Titles that "leader" can stand for, in the order we prefer them (head of state first). */
const LEADER_TITLES = ['supreme leader', 'president', 'chairman', 'general secretary', 'king', 'queen', 'emir', 'sultan', 'prime minister', 'chancellor', 'premier'];

/**
 * Finds who held an office on a date: "the Russian president" in 2022 → Vladimir Putin. The
 * index is built once per dictionary set from the titles in dated code specs.
 */
export class OfficeIndex {
  private byCountryTitle = new Map<string, { entry: ActorEntry; code: DatedCode }[]>();

  constructor(entries: readonly ActorEntry[]) {
    for (const entry of entries) {
      if (entry.type !== 'person') continue;
      for (const code of entry.codes) {
        if (!code.title || !code.country) continue;
        const key = `${code.country}|${normTitle(code.title)}`;
        const list = this.byCountryTitle.get(key) ?? [];
        list.push({ entry, code });
        this.byCountryTitle.set(key, list);
      }
    }
  }

  /** The person holding `title` in `country` on `date` (an ISO prefix), when exactly one does. */
  holder(country: string, title: string, date: string | null): { entry: ActorEntry; code: DatedCode } | null {
    if (!date) return null;
    const t = normTitle(title);
    const titles = t === 'leader' ? LEADER_TITLES : [t];
    for (const title of titles) {
      const hits = (this.byCountryTitle.get(`${country}|${title}`) ?? []).filter((h) => (h.code.from || h.code.to) && codeValidOn(h.code, date));
      const people = new Set(hits.map((h) => h.entry.id));
      if (people.size === 1) return hits[0]!;
      if (people.size > 1) return null;
    }
    return null;
  }
}

function normTitle(t: string): string {
  return t.toLowerCase().replace(/^(acting|interim|incumbent)\s+/, '').trim();
}
