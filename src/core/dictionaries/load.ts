import { makeCodebook, parseCameo, parsePlover } from '../codebook/parse-codebook.js';
import type { CameoEntry } from '../codebook/codebook.js';
import type { PloverCoding } from '../model/event.js';
import type { Gazetteer } from '../geo/gazetteer.js';
import type { ActorPhrase, AgentPhrase, Resources } from '../pipeline/resources.js';
import { emptyVerbLexicon, parseIntentMap, parseModalityCues, parseSynsets, parseVerbPatterns } from '../stages/events/verb-lexicon.js';
import { parseToneLexicon } from '../stages/tone/tone-lexicon.js';
import { isCaseSensitiveAcronym, phraseKeys, phraseWords } from '../text/normalize.js';
import { PhraseTrie } from '../text/phrase-trie.js';
import { type ActorEntry, parseActors } from './actors.js';
import { type AgentEntry, parseAgents } from './agents.js';
import { type DiscardEntry, discardTrie, parseDiscards } from './discards.js';
import { DictionaryError } from './errors.js';

/** Dictionary files by path relative to a dictionary root: `actors/people.txt` → its text. */
export type DictionaryFiles = Readonly<Record<string, string>>;

/**
 * Compiles dictionary files into the resources a coder needs. The path decides the format:
 * actors/, agents/, verbs/ (synsets.txt and modality.txt are special), discards/, codebook/, lexicon/.
 * Sets load in order and later entries with the same id replace earlier ones, so a user's
 * dictionaries (a later set) can override ours.
 */
export function loadResources(sets: readonly DictionaryFiles[], gazetteer: Gazetteer): Resources {
  const files: { path: string; text: string; set: number }[] = [];
  sets.forEach((set, i) => {
    for (const [path, text] of Object.entries(set)) files.push({ path, text, set: i });
  });
  files.sort(byLoadOrder);
  const paths = files.map((f) => f.path);
  const actorsById = new Map<string, ActorEntry>();
  const agentsById = new Map<string, AgentEntry>();
  const verbs = emptyVerbLexicon();
  const cameo = new Map<string, CameoEntry>();
  const plover = new Map<string, PloverCoding>();
  const tone = new Map<string, number>();
  const discardsById = new Map<string, DiscardEntry>();
  for (const { path, text } of files) {
    const [dir, name = ''] = splitPath(path);
    if (dir === 'actors') for (const e of parseActors(path, text)) actorsById.set(e.id, merge(actorsById.get(e.id), e));
    else if (dir === 'agents') for (const e of parseAgents(path, text)) agentsById.set(e.id, e);
    else if (dir === 'verbs' && name.startsWith('synsets')) parseSynsets(path, text, verbs);
    else if (dir === 'verbs' && name.startsWith('modality')) parseModalityCues(path, text, verbs);
    else if (dir === 'verbs') parseVerbPatterns(path, text, verbs);
    else if (dir === 'codebook' && name.startsWith('cameo')) parseCameo(path, text, cameo);
    else if (dir === 'codebook' && name.startsWith('plover')) parsePlover(path, text, plover);
    else if (dir === 'codebook' && name.startsWith('intent')) parseIntentMap(path, text, verbs);
    else if (dir === 'lexicon' && name.startsWith('tone')) parseToneLexicon(path, text, tone);
    else if (dir === 'discards') for (const e of parseDiscards(path, text)) discardsById.set(e.id, e);
    else throw new DictionaryError(path, 0, 'unknown dictionary file: put it under actors/, agents/, verbs/, discards/, codebook/ or lexicon/');
  }
  const actorEntries = [...actorsById.values()];
  const actorTrie = new PhraseTrie<ActorPhrase>();
  for (const entry of actorEntries) {
    for (const name of entry.names) {
      const words = phraseWords(name);
      actorTrie.add(
        words.map((w) => w.key),
        { entry, caseSensitive: isCaseSensitiveAcronym(name), caps: words.map((w) => w.capital) },
      );
    }
  }
  const agentEntries = [...agentsById.values()];
  const agentTrie = new PhraseTrie<AgentPhrase>();
  for (const entry of agentEntries) {
    for (const noun of entry.nouns) agentTrie.add(phraseKeys(noun), { entry, caseSensitive: isCaseSensitiveAcronym(noun) });
  }
  return {
    actors: { entries: actorEntries, byId: actorsById, trie: actorTrie },
    agents: { entries: agentEntries, trie: agentTrie },
    verbs,
    discards: discardTrie([...discardsById.values()]),
    tone,
    codebook: makeCodebook(cameo, plover),
    gazetteer,
    sources: [...paths, `gazetteer:${gazetteer.id}`],
  };
}

/** Synsets before patterns (patterns refer to them); everything else alphabetically. */
function byLoadOrder(a: { path: string; set: number }, b: { path: string; set: number }): number {
  const rank = (p: string) => (/^verbs\/synsets/.test(p) ? 0 : 1);
  return rank(a.path) - rank(b.path) || a.set - b.set || a.path.localeCompare(b.path);
}

function splitPath(path: string): [string, string?] {
  const parts = path.split('/');
  return [parts[0]!, parts[parts.length - 1]];
}

/** An entry repeated under the same id (a user file adding names) keeps the earlier names too. */
function merge(old: ActorEntry | undefined, next: ActorEntry): ActorEntry {
  if (!old) return next;
  return { ...next, name: old.name, names: [...new Set([...old.names, ...next.names])] };
}
