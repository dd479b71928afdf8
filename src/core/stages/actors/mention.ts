import type { EntityType } from '../../model/actor.js';
import type { Basis, Span } from '../../model/span.js';

/**
 * One place in the text where an actor is named or referred to. The actors stage writes them;
 * coreference fills in pronouns and short forms; the events stage picks sources and targets
 * among them.
 */
export interface ActorMention extends Span {
  /** Token range, half-open. */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  text: string;
  code: string;
  country: string | null;
  roles: string[];
  type: EntityType | 'capital' | 'agent' | 'pronoun';
  name?: string;
  entityId?: string;
  /** A person noun or title ("the president", "Mr. Kim") that he/she may refer back to. */
  person: boolean;
  /** Plural or collective ("the two countries", "protesters", "they"). */
  plural: boolean;
  basis: Basis;
  ruleIds: string[];
  /** The agent dictionary entry when the mention is built on an agent noun ("troops"). */
  agentId?: string;
  /** For plural references resolved to several actors ("the two countries"): their mentions' entity ids. */
  members?: ActorMention[];
}
