/**
 * Words that attribute speech or thought to someone, by how they take their content. Each group
 * has an id that quotes record in `ruleIds`. Lemmas as wink-nlp gives them.
 */
export interface CueGroup {
  id: string;
  lemmas: readonly string[];
  /**
   * What the word can introduce: `clause` ("said (that) ..."), `to` ("urged them to ..."),
   * `quote` (only a quotation in marks: "“...,” he complained").
   */
  takes: readonly ('clause' | 'to' | 'quote')[];
}

export const CUE_GROUPS: readonly CueGroup[] = [
  {
    id: 'cue.say',
    lemmas: ['say', 'tell', 'add', 'state', 'announce', 'declare', 'write', 'tweet', 'post', 'report', 'note', 'explain', 'remark', 'comment', 'mention', 'reply', 'respond', 'answer', 'recall', 'recount', 'reiterate', 'repeat', 'testify', 'confirm', 'disclose', 'reveal', 'observe', 'inform', 'retort', 'counter', 'continue', 'proclaim', 'speculate', 'tout', 'boast', 'brag'],
    takes: ['clause', 'quote'],
  },
  {
    id: 'cue.claim',
    lemmas: ['claim', 'allege', 'assert', 'insist', 'maintain', 'contend', 'argue', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'acknowledge', 'admit', 'deny', 'agree', 'conclude', 'find', 'show', 'suggest', 'indicate', 'imply', 'hint', 'signal', 'estimate', 'forecast', 'project', 'calculate', 'charge', 'accuse', 'assure', 'reassure', 'guarantee', 'warn', 'caution', 'complain', 'lament', 'concede', 'predict', 'clarify', 'specify', 'determine', 'rule', 'prove', 'demonstrate', 'notice'],
    takes: ['clause', 'quote'],
  },
  {
    id: 'cue.think',
    lemmas: ['believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry', 'doubt', 'know', 'suspect', 'wonder', 'realize', 'realise', 'understand', 'recognize', 'recognise', 'assume', 'consider', 'suppose', 'guess', 'reckon', 'learn', 'discover'],
    takes: ['clause'],
  },
  {
    id: 'cue.urge',
    lemmas: ['urge', 'ask', 'call', 'appeal', 'plead', 'propose', 'recommend', 'advise', 'demand', 'vow', 'pledge', 'promise', 'threaten', 'plan', 'want', 'intend', 'encourage', 'implore', 'beg', 'instruct', 'order', 'request', 'invite', 'press'],
    takes: ['to', 'clause', 'quote'],
  },
  {
    id: 'cue.react',
    lemmas: ['criticize', 'criticise', 'praise', 'blast', 'slam', 'attack', 'condemn', 'question', 'decry', 'applaud', 'welcome', 'hail', 'mock', 'ridicule', 'joke', 'quip', 'shout', 'yell', 'scream', 'cry', 'exclaim', 'chant', 'sing', 'whisper', 'mutter', 'laugh', 'sigh', 'scoff', 'snap'],
    takes: ['quote'],
  },
];

/** Fixed phrases that attribute what follows or precedes them, by their word keys. */
export const CUE_PHRASES: readonly { id: string; keys: readonly string[] }[] = [
  { id: 'cue.according-to', keys: ['according', 'to'] },
  { id: 'cue.point-out', keys: ['point', 'out'] },
  { id: 'cue.went-on-to-say', keys: ['go', 'on', 'to', 'say'] },
];

export interface CueInfo {
  id: string;
  takes: ReadonlySet<'clause' | 'to' | 'quote'>;
}

/** Lemma → the union of what its groups allow, and the first group's id. */
export function cueIndex(groups: readonly CueGroup[] = CUE_GROUPS): ReadonlyMap<string, CueInfo> {
  const map = new Map<string, { id: string; takes: Set<'clause' | 'to' | 'quote'> }>();
  for (const g of groups) {
    for (const lemma of g.lemmas) {
      const info = map.get(lemma) ?? { id: g.id, takes: new Set() };
      for (const t of g.takes) info.takes.add(t);
      map.set(lemma, info);
    }
  }
  return map;
}
