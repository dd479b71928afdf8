/**
 * Words that attribute speech or thought to someone, by how they take their content. Each group
 * has an id that quotes record in `ruleIds`. Lemmas as wink-nlp gives them.
 */
export type Take = 'that' | 'bare' | 'to' | 'quote' | 'object';

export interface CueGroup {
  id: string;
  lemmas: readonly string[];
  /**
   * What the word can introduce: `that` (a clause after "that", a wh-word or a colon), `bare` (a
   * clause without "that": "said the plan failed"), `to` ("urged them to ..."), `quote` (a
   * quotation in marks: "“...,” he complained"), `object` (what is said about: "praised the plan",
   * "called for talks", "spoke about the economy").
   */
  takes: readonly Take[];
}

export const CUE_GROUPS: readonly CueGroup[] = [
  {
    id: 'cue.say',
    lemmas: ['say', 'tell', 'add', 'state', 'declare', 'write', 'tweet', 'post', 'explain', 'testify', 'proclaim', 'boast', 'brag', 'retort', 'counter', 'reiterate', 'repeat', 'announce', 'concede', 'speculate'],
    takes: ['that', 'bare', 'quote'],
  },
  {
    id: 'cue.report',
    lemmas: ['note', 'report', 'remark', 'comment', 'mention', 'reply', 'respond', 'answer', 'recall', 'recount', 'disclose', 'reveal', 'observe', 'inform', 'continue', 'confirm'],
    takes: ['that', 'quote'],
  },
  {
    id: 'cue.claim',
    lemmas: ['claim', 'allege', 'assert', 'insist', 'maintain', 'contend', 'argue', 'stress', 'emphasize', 'emphasise', 'acknowledge', 'admit', 'deny', 'warn', 'caution', 'predict', 'estimate', 'suggest', 'complain', 'lament', 'charge', 'assure', 'reassure', 'guarantee', 'hint'],
    takes: ['that', 'bare', 'quote'],
  },
  {
    id: 'cue.find',
    lemmas: ['agree', 'conclude', 'find', 'show', 'indicate', 'imply', 'signal', 'forecast', 'project', 'calculate', 'clarify', 'rule', 'prove', 'demonstrate', 'notice', 'underline', 'underscore'],
    takes: ['that', 'quote'],
  },
  {
    id: 'cue.think',
    lemmas: ['believe', 'think', 'feel', 'fear', 'hope', 'expect', 'worry', 'guess', 'reckon', 'suspect', 'assume', 'suppose'],
    takes: ['that', 'bare'],
  },
  {
    id: 'cue.know',
    lemmas: ['know', 'doubt', 'wonder', 'realize', 'realise', 'understand', 'learn', 'discover'],
    takes: ['that'],
  },
  {
    id: 'cue.urge',
    lemmas: ['urge', 'ask', 'call', 'appeal', 'plead', 'propose', 'recommend', 'advise', 'demand', 'request', 'press', 'encourage', 'implore', 'beg', 'instruct', 'order'],
    takes: ['to', 'that', 'quote'],
  },
  {
    id: 'cue.promise',
    lemmas: ['vow', 'pledge', 'promise', 'threaten', 'swear'],
    takes: ['to', 'that', 'bare', 'quote'],
  },
  {
    id: 'cue.intend',
    lemmas: ['plan', 'want', 'intend'],
    takes: ['to'],
  },
  {
    id: 'cue.react',
    lemmas: ['criticize', 'criticise', 'praise', 'blast', 'slam', 'attack', 'condemn', 'question', 'decry', 'applaud', 'welcome', 'hail', 'mock', 'ridicule', 'joke', 'quip', 'shout', 'yell', 'scream', 'cry', 'exclaim', 'chant', 'sing', 'whisper', 'mutter', 'laugh', 'sigh', 'scoff', 'snap'],
    takes: ['quote'],
  },
  {
    id: 'cue.topic',
    lemmas: [
      'note', 'mention', 'announce', 'reveal', 'disclose', 'confirm', 'report', 'recall', 'reiterate', 'tweet', 'cite', 'describe', 'discuss', 'deny', 'acknowledge', 'admit', 'claim', 'allege',
      'predict', 'estimate', 'show', 'propose', 'recommend', 'demand', 'request', 'call', 'promise', 'pledge', 'threaten', 'criticize', 'criticise', 'praise', 'blast', 'slam', 'attack',
      'condemn', 'question', 'decry', 'applaud', 'welcome', 'hail', 'mock', 'ridicule', 'dispute', 'reject', 'defend', 'tout', 'echo', 'endorse', 'oppose', 'highlight', 'speak', 'talk',
      'warn', 'complain', 'comment', 'emphasize', 'emphasise', 'stress', 'suggest', 'hint',
    ],
    takes: ['object'],
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
  takes: ReadonlySet<Take>;
}

/** Lemma → the union of what its groups allow, and the first group's id. */
export function cueIndex(groups: readonly CueGroup[] = CUE_GROUPS): ReadonlyMap<string, CueInfo> {
  const map = new Map<string, { id: string; takes: Set<Take> }>();
  for (const g of groups) {
    for (const lemma of g.lemmas) {
      const info = map.get(lemma) ?? { id: g.id, takes: new Set() };
      for (const t of g.takes) info.takes.add(t);
      map.set(lemma, info);
    }
  }
  return map;
}
