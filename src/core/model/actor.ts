import type { Basis, Span } from './span.js';

/** CAMEO sector (role) codes we emit. */
export type Role = string;

export type EntityType = 'person' | 'organization' | 'country' | 'igo' | 'group' | 'media' | 'place';

/** An actor as it takes part in one event. */
export interface ActorRef extends Span {
  /** The words in the text that name this actor (for a pronoun, the pronoun). */
  text: string;
  /** CAMEO actor code, e.g. RUSGOV, PRKMIL, IGOUNO. */
  code: string;
  /** ISO 3166-1 alpha-3, or null for IGOs and unknowns. */
  country: string | null;
  roles: Role[];
  /** Canonical name of the person or organisation, when one is known. */
  name?: string;
  /** Id of the entity in `CodedArticle.entities` this actor refers to, if any. */
  entityId?: string;
  /** `stated` when the span names the actor; `inferred` when resolved through coreference. */
  basis: Basis;
  /** Dictionary entry and rule ids that produced the code. */
  ruleIds: string[];
}

/** A person, organisation, country or group named in the article. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  code: string | null;
  country: string | null;
  roles: Role[];
  /** Title or office at the article date, from the dictionary ("president"). */
  title?: string;
  mentions: EntityMention[];
  /** Dictionary entry id, or a rule id for entities found without a dictionary. */
  ruleIds: string[];
}

export interface EntityMention extends Span {
  text: string;
  basis: Basis;
}
