/**
 * What kind of thing a count is about, from the verb that happens to it ("were killed",
 * "detained 50") or from its head noun ("protesters", "missile systems"). Each entry has an id
 * that the count records. Lemmas as wink-nlp gives them.
 */
export interface CountKind {
  id: string;
  kind: string;
  /** Verbs (and predicate adjectives) that put the counted people or things in this class. */
  verbs: readonly string[];
  /** Head nouns or adjectives of the counted phrase. */
  nouns: readonly string[];
}

export const COUNT_KINDS: readonly CountKind[] = [
  { id: 'kind.killed', kind: 'killed', verbs: ['kill', 'die', 'slay', 'execute', 'massacre', 'murder', 'behead', 'assassinate', 'dead', 'perish'], nouns: ['dead', 'death', 'fatality', 'body', 'corpse', 'killed'] },
  { id: 'kind.injured', kind: 'injured', verbs: ['injure', 'wound', 'hurt', 'maim', 'hospitalize', 'hospitalise', 'injured', 'wounded'], nouns: ['wounded', 'injured', 'injury'] },
  { id: 'kind.detained', kind: 'detained', verbs: ['arrest', 'detain', 'apprehend', 'jail', 'imprison', 'capture', 'hold', 'round', 'intern'], nouns: ['detainee', 'prisoner', 'arrest', 'detained', 'arrested', 'captive', 'pow'] },
  { id: 'kind.missing', kind: 'missing', verbs: ['missing', 'disappear', 'abduct', 'kidnap'], nouns: ['missing', 'hostage', 'abductee'] },
  { id: 'kind.displaced', kind: 'displaced', verbs: ['displace', 'flee', 'evacuate', 'uproot', 'expel', 'deport'], nouns: ['evacuee', 'displaced'] },
  { id: 'kind.refugees', kind: 'refugees', verbs: [], nouns: ['refugee', 'asylum-seeker', 'migrant'] },
  { id: 'kind.protesters', kind: 'protesters', verbs: ['protest', 'demonstrate', 'march', 'rally'], nouns: ['protester', 'protestor', 'demonstrator', 'marcher', 'rioter', 'striker'] },
  { id: 'kind.troops', kind: 'troops', verbs: ['deploy', 'station'], nouns: ['troop', 'soldier', 'serviceman', 'servicemen', 'servicemember', 'marine', 'paratrooper', 'reservist', 'conscript', 'sailor', 'peacekeeper', 'fighter', 'militant', 'insurgent', 'rebel', 'guerrilla', 'mercenary'] },
  { id: 'kind.police', kind: 'police', verbs: [], nouns: ['police', 'policeman', 'policemen', 'officer', 'guard'] },
  { id: 'kind.civilians', kind: 'civilians', verbs: [], nouns: ['civilian', 'resident', 'villager', 'child', 'children'] },
  { id: 'kind.weapons', kind: 'weapons', verbs: ['fire', 'launch'], nouns: ['weapon', 'missile', 'rocket', 'launcher', 'gun', 'rifle', 'tank', 'drone', 'bomb', 'shell', 'grenade', 'mortar', 'howitzer', 'warhead', 'mine', 'artillery', 'ammunition', 'jet', 'warplane', 'aircraft', 'helicopter', 'warship', 'submarine'] },
];

export interface KindIndex {
  byVerb: ReadonlyMap<string, CountKind>;
  byNoun: ReadonlyMap<string, CountKind>;
}

export function kindIndex(kinds: readonly CountKind[] = COUNT_KINDS): KindIndex {
  const byVerb = new Map<string, CountKind>();
  const byNoun = new Map<string, CountKind>();
  for (const k of kinds) {
    for (const v of k.verbs) if (!byVerb.has(v)) byVerb.set(v, k);
    for (const n of k.nouns) if (!byNoun.has(n)) byNoun.set(n, k);
  }
  return { byVerb, byNoun };
}
