import type { ActorRef, CodedArticle, CodedEvent } from '../../src/core/index.js';

/**
 * Checks a coded article against an expectation file (the format of
 * ../shared/acceptance/seed-article.expected.json, plus `codeStartsWith` for actors).
 */
export interface ActorWant {
  country?: string | null;
  countryAnyOf?: (string | null)[];
  roles?: string[];
  codeStartsWith?: string;
}

export interface EventWant {
  id: string;
  level: 'must' | 'should';
  source?: ActorWant;
  target?: ActorWant;
  roots?: string[];
  date?: string;
  locationAnyOf?: string[];
  locationCountry?: string;
}

export interface Expectation {
  article: { published: string };
  events: EventWant[];
  mustNot?: (Partial<EventWant> & { id: string; anyActorCountry?: string; datePrefix?: string })[];
  counts?: { number: number; aboutContains: string }[];
  places?: { nameAnyOf: string[]; country: string }[];
  people?: string[];
  organizations?: string[];
}

export interface Verdict {
  id: string;
  level: 'must' | 'should';
  ok: boolean;
}

function actorOk(a: ActorRef | null, want: ActorWant | undefined): boolean {
  if (!want) return true;
  if (!a) return false;
  if (want.country !== undefined && a.country !== want.country) return false;
  if (want.countryAnyOf && !want.countryAnyOf.includes(a.country)) return false;
  if (want.roles && !a.roles.some((r) => want.roles!.includes(r))) return false;
  if (want.codeStartsWith && !a.code.startsWith(want.codeStartsWith)) return false;
  return true;
}

function eventOk(e: CodedEvent, w: Partial<EventWant>): boolean {
  if (!actorOk(e.source, w.source) || !actorOk(e.target, w.target)) return false;
  if (w.roots && !w.roots.includes(e.cameo.root)) return false;
  if (w.date && !(e.date ?? '').startsWith(w.date)) return false;
  if (w.locationAnyOf && !w.locationAnyOf.some((n) => (e.location?.name ?? '').toLowerCase().includes(n.toLowerCase()))) return false;
  if (w.locationCountry && e.location?.country !== w.locationCountry) return false;
  return true;
}

export function judge(coded: CodedArticle, exp: Expectation): Verdict[] {
  const out: Verdict[] = [];
  for (const w of exp.events) out.push({ id: w.id, level: w.level, ok: coded.events.some((e) => eventOk(e, w) && !!e.evidence.text) });
  for (const bad of exp.mustNot ?? []) {
    const hit = coded.events.some((e) => {
      if (bad.anyActorCountry) {
        const involved = e.source?.country === bad.anyActorCountry || e.target?.country === bad.anyActorCountry;
        return involved && (e.date ?? '').startsWith(bad.datePrefix ?? '') && (!bad.roots || bad.roots.includes(e.cameo.root));
      }
      return eventOk(e, bad);
    });
    out.push({ id: `not:${bad.id}`, level: 'must', ok: !hit });
  }
  // Names compared without case or accents: "Viktor Orban" in the text is our entity "Viktor Orbán".
  const lower = (s: unknown) => String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const c of exp.counts ?? []) out.push({ id: `count:${c.number}`, level: 'should', ok: coded.counts.some((x) => x.number === c.number && lower(x.about).includes(lower(c.aboutContains))) });
  for (const p of exp.places ?? []) {
    out.push({ id: `place:${p.nameAnyOf[0]}`, level: 'should', ok: coded.places.some((x) => p.nameAnyOf.some((n) => lower(x.name).includes(lower(n))) && x.country === p.country) });
  }
  const names = coded.entities.map((e) => lower(e.name));
  for (const n of [...(exp.people ?? []), ...(exp.organizations ?? [])]) out.push({ id: `entity:${n}`, level: 'should', ok: names.some((x) => x.includes(lower(n))) });
  return out;
}
