import type { Codebook } from '../codebook/codebook.js';
import type { ActorEntry } from '../dictionaries/actors.js';
import type { AgentEntry } from '../dictionaries/agents.js';
import type { DiscardEntry } from '../dictionaries/discards.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { PhraseTrie } from '../text/phrase-trie.js';
import type { VerbLexicon } from '../stages/events/verb-lexicon.js';
import type { ToneLexicon } from '../stages/tone/tone-lexicon.js';

export interface ActorPhrase {
  entry: ActorEntry;
  /** Acronyms such as "US" only match upper-case text. */
  caseSensitive: boolean;
  /** For each word, whether the dictionary capitalises it (then the text must too). */
  caps: boolean[];
}

export interface AgentPhrase {
  entry: AgentEntry;
  caseSensitive: boolean;
}

/** The compiled dictionaries and gazetteer a coder uses; built once, shared by every article. */
export interface Resources {
  actors: { entries: ActorEntry[]; byId: Map<string, ActorEntry>; trie: PhraseTrie<ActorPhrase> };
  agents: { entries: AgentEntry[]; trie: PhraseTrie<AgentPhrase> };
  verbs: VerbLexicon;
  /** Phrases that keep a sentence or article from being coded. */
  discards: PhraseTrie<DiscardEntry>;
  tone: ToneLexicon;
  codebook: Codebook;
  gazetteer: Gazetteer;
  /** Names of the dictionary files and gazetteer loaded, recorded in every coded article. */
  sources: string[];
}
