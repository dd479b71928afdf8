import type { ActorRef } from '../../model/actor.js';
import type { Place } from '../../model/place.js';
import type { ActorMention } from '../actors/mention.js';

/** The event's view of a mention. */
export function actorRef(m: ActorMention, extraRule?: string): ActorRef {
  return {
    text: m.text,
    code: m.code,
    country: m.country,
    roles: m.roles,
    ...(m.name ? { name: m.name } : {}),
    ...(m.entityId ? { entityId: m.entityId } : {}),
    start: m.start,
    end: m.end,
    basis: m.basis,
    ruleIds: extraRule ? [extraRule, ...m.ruleIds] : m.ruleIds,
  };
}

/**
 * "The unidentified people were being held in Kherson": a generic group without a country takes
 * the country of the place where the event happened, marked as inferred.
 */
/** International and transnational actors (IGOUNO, NGO, MNC, IMG...) have no home country to infer. */
const TRANSNATIONAL = /^(IGO|NGO|MNC|IMG|NGM|INT)/;

export function withPlaceCountry(a: ActorRef, place: Place | null): ActorRef {
  if (a.country || !place?.country || !a.roles.length || TRANSNATIONAL.test(a.code)) return a;
  return { ...a, country: place.country, code: place.country + a.roles.join(''), basis: 'inferred', ruleIds: ['actor.country-from-event-place', ...a.ruleIds] };
}

/**
 * "SEOUL, April 8 - ... police detained 12 protesters": a domestic agent with no country in a
 * datelined story belongs to the dateline's country (inferred).
 */
export function withHomeCountry(a: ActorRef, home: string | null): ActorRef {
  if (a.country || !home || !a.roles.length || TRANSNATIONAL.test(a.code)) return a;
  return { ...a, country: home, code: home + a.roles.join(''), basis: 'inferred', ruleIds: ['actor.country-from-dateline', ...a.ruleIds] };
}

/** Roles of groups inside a country (not governments or international bodies). */
/** Groups of society, not of the state. */
const SOCIETY = new Set(['CVL', 'OPP', 'REB', 'INS', 'SEP', 'LAB', 'EDU', 'MED', 'BUS', 'CRM', 'REF', 'REL', 'HRI', 'AGR', 'PTY']);
/** The state: its government, forces, police, courts, parliament. */
const STATE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG']);
const VIOLENCE = new Set(['18', '19', '20']);

/**
 * A group of society without a country facing a state actor is taken to be of that state: police
 * dispersing "demonstrators", "protesters" marching against a government; and the other way round,
 * an official facing a country's own rebels or protesters. (Unnamed "forces" killing Albanians are
 * not thereby Albanian: force against civilians may cross borders.)
 */
export function withCounterpartCountry(a: ActorRef, other: ActorRef, root: string): ActorRef {
  if (a.country || !other.country || !a.roles.length || TRANSNATIONAL.test(a.code) || TRANSNATIONAL.test(other.code)) return a;
  // ("Russian forces shelled Kherson, killing two civilians": an army's violence often crosses a border.)
  const foreignForce = other.roles.length > 0 && other.roles.every((r) => r === 'MIL') && VIOLENCE.has(root);
  const society = a.roles.every((r) => SOCIETY.has(r)) && (!other.roles.length || other.roles.some((r) => STATE.has(r))) && !foreignForce;
  // "Fijian rebels will release Prime Minister Chaudhry": an official facing his country's own rebels,
  // protesters or opposition is of that country. Judges and police act at home whoever they face.
  const state = a.roles.every((r) => STATE.has(r) && r !== 'MIL') && other.roles.length > 0 && other.roles.every((r) => SOCIETY.has(r));
  const domestic = a.roles.every((r) => r === 'JUD' || r === 'COP');
  if (!society && !state && !domestic) return a;
  return { ...a, country: other.country, code: other.country + a.roles.join(''), basis: 'inferred', ruleIds: ['actor.country-from-counterpart', ...a.ruleIds] };
}
