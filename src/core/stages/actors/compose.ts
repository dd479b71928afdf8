import { codeOn, codeValidOn, type ActorEntry } from '../../dictionaries/actors.js';
import type { AgentEntry } from '../../dictionaries/agents.js';
import type { Token } from '../../model/sentence.js';
import type { ActorPhrase, AgentPhrase } from '../../pipeline/resources.js';
import type { ActorMention } from './mention.js';
import type { PhraseHit } from './name-matches.js';
import type { OfficeIndex } from './officeholders.js';

type NameHit = PhraseHit<ActorPhrase> & { kind: 'name' };
type AgentHit = PhraseHit<AgentPhrase> & { kind: 'agent' };
export type Hit = NameHit | AgentHit;

/** Words that may sit between a country and its agent noun: "Russia's elite National Guard". */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** "X-backed separatists" are not X: the hyphenated participle makes X a sponsor, not the actor. */
const SPONSOR_WORDS = new Set(['backed', 'supported', 'sponsored', 'funded', 'allied', 'armed', 'trained', 'installed', 'friendly', 'leaning', 'aligned']);
/** "rebel-held areas", "Russian-occupied Crimea": the hyphenated participle describes a place, not an actor. */
const HOLDER_WORDS = new Set(['held', 'controlled', 'occupied', 'administered', 'dominated', 'besieged', 'ruled']);
const CURRENCY_WORDS = new Set(['$', 'dollar', 'dollars', 'cents', 'pound', 'pounds', 'euros', 'rupee', 'rupees', 'yuan', 'yen', 'rouble', 'roubles', 'ruble', 'rubles', 'peso', 'pesos', 'franc', 'francs', 'dinar', 'dinars', 'shekel', 'shekels', 'riyal', 'riyals', 'lira']);
const OF_WORDS = new Set(['of', 'from', 'in']);
const EQUIPMENT = new Set(['shell', 'shells', 'rounds', 'guns', 'system', 'systems', 'battery', 'batteries', 'equipment', 'vehicle', 'vehicles', 'hardware', 'radar', 'radars', 'interceptor', 'interceptors', 'launcher', 'launchers', 'budget', 'budgets', 'spending', 'uniform', 'uniforms']);
const DIRECTIONS = /^(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?$/;

export interface ComposeContext {
  tokens: readonly Token[];
  sentence: number;
  text: string;
  /** The article date as an ISO prefix, for dated codes. */
  date: string | null;
  offices: OfficeIndex;
}

/**
 * Turns dictionary hits in one sentence into actor mentions, combining names and agent nouns
 * that belong together: "Russia's National Guard", "the President of Russia", "North Korea's
 * leader Kim Jong Un", "Russian troops". Each combination records the rule that made it.
 */
export function compose(allHits: Hit[], cx: ComposeContext): ActorMention[] {
  // "military-ruled Myanmar": an agent word describing a place is neither an actor nor in the way of one.
  const hits = allHits.filter((h, i) => !isSurname(allHits, i, cx) && !isNamesake(allHits, i, cx) && !(h.kind === 'agent' && hyphenedBy(h, cx.tokens, HOLDER_WORDS)));
  const used = new Set<Hit>();
  const out: ActorMention[] = [];
  for (let h = 0; h < hits.length; h++) {
    const a = hits[h]!;
    if (a.kind !== 'agent' || used.has(a)) continue;
    const agent = a.values[0]!.entry;
    // "a Patriot air defence system", "police vehicles": an agent word naming equipment is no actor.
    if (EQUIPMENT.has(cx.tokens[a.tokenEnd]?.key ?? '')) continue;
    // "civilian advisers", "army officers", "opposition leader": two agent nouns in a row are one
    // group; the first says what kind, the second (the head) whether it is a person or many.
    const head = nextAgent(hits, h, cx.tokens);
    if (head) used.add(head);
    const nationality = leftOwner(hits, h, cx);
    // "Bosnian Serb leader": the country of residence owns the agent, not the ethnic nationality.
    const resident = nationality ? residenceOf(hits, hits.indexOf(nationality), cx.tokens) : null;
    const left = resident ?? nationality;
    const person = rightPerson(hits, head ? h + 1 : h, cx);
    const ofOwner = !left ? rightOwner(hits, h, cx) : null;
    const owner = left ?? ofOwner;
    for (const x of [a, left, nationality, person, ofOwner]) if (x) used.add(x);
    const start = Math.min(a.tokenStart, owner?.tokenStart ?? Infinity, person?.tokenStart ?? Infinity);
    const end = Math.max(head?.tokenEnd ?? a.tokenEnd, owner?.tokenEnd ?? 0, person?.tokenEnd ?? 0);
    const rules = [agent.id];
    if (left) rules.push('actor.compose.owner-agent');
    if (ofOwner) rules.push('actor.compose.agent-of-owner');
    if (person) {
      rules.push('actor.compose.title-name');
      out.push(personMention(person, start, end, cx, rules, agent));
      continue;
    }
    const ownerEntry = owner?.values[0]!.entry;
    const base = ownerEntry ? ownerBase(ownerEntry, cx.date) : null;
    // "military cooperation", "police reform": an agent word used as an adjective is not an actor.
    if (!owner && a.tokenEnd - a.tokenStart === 1 && cx.tokens[a.tokenStart]!.pos === 'ADJ' && cx.tokens[a.tokenEnd]?.pos === 'NOUN' && hits[h + 1]?.tokenStart !== a.tokenEnd) continue;
    // "opposition candidate Edmundo Gonzalez": a title before a name we do not know names a person.
    const last = head ?? a;
    const unknown = last.values[0]!.entry.person ? unknownName(cx, last.tokenEnd, hits[head ? h + 2 : h + 1]?.tokenStart ?? Infinity) : null;
    if (unknown) {
      rules.push('actor.compose.title-unknown-name');
      // "King Hassan of Morocco": the country after the name owns the title.
      const after = !base ? ownerAfterName(hits, cx, unknown.end) : null;
      if (after) {
        used.add(after);
        const ab = ownerBase(after.values[0]!.entry, cx.date);
        rules.push('actor.compose.agent-of-owner', after.values[0]!.entry.id);
        out.push(mention(cx, start, after.tokenEnd, {
          code: joinCode(ab.code, agent.roles), country: ab.country, roles: [...agent.roles], type: 'person',
          name: unknown.name, entityKey: `person:${unknown.name.toLowerCase()}`, person: true, plural: false, basis: 'stated', ruleIds: rules, agent,
        }));
        continue;
      }
      out.push(mention(cx, start, unknown.end, {
        code: joinCode(base?.code ?? '', agent.roles), country: base?.country ?? null, roles: [...agent.roles], type: 'person',
        name: unknown.name, entityKey: `person:${unknown.name.toLowerCase()}`, person: true, plural: false, basis: 'stated',
        ruleIds: ownerEntry ? [...rules, ownerEntry.id] : rules, agent,
      }));
      continue;
    }
    // "the President of Russia", "the Russian leader": a title with a country is a person we may know.
    // ("leaders of Egypt's Muslim Brotherhood" lead the group, not the country.)
    if (agent.person && base?.country && agent.title && (ownerEntry!.type === 'country' || ownerEntry!.type === 'capital')) {
      const holder = cx.offices.holder(base.country, agent.title, cx.date);
      if (holder) {
        rules.push(ownerEntry!.id, 'actor.compose.officeholder-on-date', holder.entry.id);
        out.push(mention(cx, start, end, {
          code: holder.code.code, country: holder.code.country, roles: holder.code.roles, type: 'person',
          name: holder.entry.name, entityKey: holder.entry.id, person: true, plural: false, basis: 'inferred', ruleIds: rules,
        }));
        continue;
      }
    }
    if (ownerEntry) rules.push(ownerEntry.id);
    // A group's spokesman or fighters act for the group: they keep its code and roles.
    // ("Kremlin opponents", "opponents of the Senate" oppose it: they take its country, not its code.)
    const against = agent.roles.includes('OPP') && !!base && /GOV|LEG|JUD|MIL/.test(base.code.slice(3));
    const member = !!ownerEntry && ['group', 'organization', 'media'].includes(ownerEntry.type) && !against;
    const roles = member ? codeOn(ownerEntry!, cx.date).roles : [...agent.roles];
    if (member) rules.push('actor.compose.member-of-group');
    out.push(mention(cx, start, end, {
      code: member ? base!.code : joinCode((against ? base!.country : base?.code) ?? '', roles),
      country: base?.country ?? null,
      roles,
      type: 'agent',
      entityKey: `agent:${base?.country ?? ownerEntry?.id ?? ''}:${agent.id}`,
      name: undefined,
      person: head ? head.values[0]!.entry.person : agent.person,
      plural: isPlural(cx.tokens, head ?? a),
      basis: 'stated',
      ruleIds: rules,
      agent,
    }));
  }
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.kind !== 'name' || used.has(h)) continue;
    const home = ofResidence(hits, i, cx.tokens);
    if (home) {
      used.add(home);
      const m = nameMention(home, cx);
      const end = cx.tokens[home.tokenEnd - 1]!.end;
      const start = cx.tokens[h.tokenStart]!.start;
      out.push({ ...m, start, end, tokenStart: h.tokenStart, text: cx.text.slice(start, end), plural: true, ruleIds: ['actor.compose.resident-nationality', ...m.ruleIds] });
      continue;
    }
    const ethnic = hits[i + 1];
    if (ethnic && !used.has(ethnic) && residenceOf(hits, i + 1, cx.tokens) === h) {
      used.add(ethnic);
      const m = nameMention(h, cx);
      out.push({ ...m, end: cx.tokens[ethnic.tokenEnd - 1]!.end, tokenEnd: ethnic.tokenEnd, text: cx.text.slice(m.start, cx.tokens[ethnic.tokenEnd - 1]!.end), plural: true, ruleIds: ['actor.compose.resident-nationality', ...m.ruleIds] });
      continue;
    }
    if (isSponsor(h, cx.tokens) || hyphenedBy(h, cx.tokens, HOLDER_WORDS)) continue;
    // "US $50 million", "the Australian dollar": a currency, not the country.
    if (CURRENCY_WORDS.has(cx.tokens[h.tokenEnd]?.key ?? '')) continue;
    out.push(nameMention(h, cx));
  }
  return out.sort((x, y) => x.start - y.start);
}

function ownerBase(entry: ActorEntry, date: string | null): { code: string; country: string | null } {
  const c = codeOn(entry, date);
  if (entry.type === 'country' || entry.type === 'capital') return { code: c.country ?? c.code.slice(0, 3), country: c.country };
  // A group or organisation's own people ("Hamas spokesman", "Hezbollah fighters") keep its code.
  if (entry.type === 'group' || entry.type === 'organization' || entry.type === 'media') return { code: c.code, country: c.country };
  // A person owning an agent ("Putin's forces"): the person's country, or its own code for an IGO.
  if (c.country) return { code: c.country, country: c.country };
  return { code: c.code, country: null };
}

/**
 * "Bosnian Serbs", "Kosovo Albanians", "Croatian Serb": a nationality word right after another
 * country's name or adjective is a community living there; the country of residence is the
 * actor's country. Returns that country's hit. "China Russia talks" names two countries, and
 * "U.S." is an abbreviation, not a nationality word.
 */
function residenceOf(hits: Hit[], i: number, tokens: readonly Token[]): NameHit | null {
  const h = hits[i];
  const prev = hits[i - 1];
  if (!h || !prev || h.kind !== 'name' || prev.kind !== 'name' || prev.tokenEnd !== h.tokenStart || h.tokenEnd - h.tokenStart !== 1) return null;
  const e = h.values[0]!.entry;
  const pe = prev.values[0]!.entry;
  if (e.type !== 'country' || pe.type !== 'country' || e.id === pe.id) return null;
  const word = tokens[h.tokenStart]!.text;
  const first = tokens[prev.tokenStart]!.text;
  if (!/\p{Ll}/u.test(first)) return null;
  const nationalityWord = !e.names.slice(0, 1).includes(word) && /^\p{Lu}\p{Ll}+$/u.test(word) && !e.name.startsWith(word + ' ');
  // A community is a plural noun ("Serbs") or heads an agent ("Serb leader"); "Chinese Russian trade" is two adjectives.
  const next = hits[i + 1];
  const community = /s$/.test(word) || (next?.kind === 'agent' && next.tokenStart === h.tokenEnd);
  return nationalityWord && community ? prev : null;
}

/** "the Albanians of southern Serbia", "the Serbs of Bosnia": a plural nationality word and the country it lives in. */
function ofResidence(hits: Hit[], i: number, tokens: readonly Token[]): NameHit | null {
  const h = hits[i]!;
  if (h.kind !== 'name') return null;
  const e = h.values[0]!.entry;
  const word = tokens[h.tokenStart]!.text;
  if (e.type !== 'country' || h.tokenEnd - h.tokenStart !== 1 || !/^\p{Lu}\p{Ll}+s$/u.test(word) || e.names[0] === word) return null;
  let k = h.tokenEnd;
  // ("Russians in Ukraine" may be visitors or soldiers; "of" says they belong there.)
  if (tokens[k]?.key !== 'of') return null;
  k++;
  if (tokens[k]?.key === 'the') k++;
  if (DIRECTIONS.test(tokens[k]?.key ?? '')) k++;
  const home = hits[i + 1];
  if (!home || home.kind !== 'name' || home.tokenStart !== k || home.values[0]!.entry.type !== 'country' || home.values[0]!.entry.id === e.id) return null;
  return home;
}

/** A name just before the agent: "Russia's", "Russian", "NATO", "Putin's", with up to three modifiers between. */
function leftOwner(hits: Hit[], h: number, cx: ComposeContext): NameHit | null {
  const prev = hits[h - 1];
  if (!prev || prev.kind !== 'name') return null;
  const a = hits[h]!;
  let gap = 0;
  for (let i = prev.tokenEnd; i < a.tokenStart; i++) {
    const t = cx.tokens[i]!;
    if (t.key === "'s" || t.key === '-') continue;
    // "Vietnamese-led forces", "US-led coalition": led by X, so X's.
    if (t.key === 'led' && cx.tokens[i - 1]?.key === '-') continue;
    if (!MODIFIER_POS.has(t.pos) || ++gap > 3) return null;
  }
  if (isSponsor(prev, cx.tokens) || hyphenedBy(prev, cx.tokens, HOLDER_WORDS)) return null;
  const type = prev.values[0]!.entry.type;
  return type === 'media' ? null : prev;
}

/** "the President of Russia", "troops from Ukraine", "the government in Kyiv". */
function rightOwner(hits: Hit[], h: number, cx: ComposeContext): NameHit | null {
  const a = hits[h]!;
  const next = hits[h + 1];
  if (!next || next.kind !== 'name') return null;
  let i = a.tokenEnd;
  if (cx.tokens[i]?.key === '"' || cx.tokens[i]?.key === "'") i++;
  if (!OF_WORDS.has(cx.tokens[i]?.key ?? '')) return null;
  // "withdrew its last soldiers from Niger", "pulled troops out of Mali": where they leave is not whose they are.
  if (cx.tokens[i]!.key !== 'of' && movedAway(cx.tokens, a.tokenStart)) return null;
  i++;
  if (cx.tokens[i]?.key === 'the') i++;
  // "in eastern Ukraine", "from the defeated Fatah party": up to two adjectives may come between.
  // "from military-ruled Myanmar": a hyphenated participle is one modifier.
  const modifier = (t: Token | undefined) => !!t && (DIRECTIONS.test(t.key) || t.pos === 'ADJ' || /^[a-z-]+ed$/.test(t.text));
  const hyphenParticiple = (k: number) => cx.tokens[k]?.key === '-' && /^[a-z]+ed$/.test(cx.tokens[k + 1]?.text ?? '');
  // ("of the West Bank": a direction that starts the name is not a modifier.)
  for (let k = 0; k < 2 && i !== next.tokenStart && (modifier(cx.tokens[i]) || hyphenParticiple(i + 1)); k++) {
    i++;
    if (hyphenParticiple(i)) i += 2;
  }
  if (next.tokenStart !== i) return null;
  // "leaders of Egypt's Muslim Brotherhood": the owner is what the country possesses, when we know it.
  if (cx.tokens[next.tokenEnd]?.key === "'s") {
    const owned = hits[h + 2];
    if (owned?.kind === 'name' && owned.tokenStart === next.tokenEnd + 1) return ownerType(owned) && owned.values[0]!.entry.type !== 'country' ? owned : null;
  }
  return ownerType(next) ? next : null;
}

const REMOVAL = new Set(['withdraw', 'pull', 'evacuate', 'remove', 'recall', 'bring', 'repatriate', 'redeploy', 'move', 'relocate', 'expel', 'deport', 'extract', 'rescue', 'free', 'release', 'send', 'deploy', 'dispatch', 'transfer', 'fly', 'airlift']);

/** Pronouns that make forces their owner's own: "its troops", "their forces". */
export const GROUP_OWNERS = new Set(['its', 'their', 'our']);

/** The word before the noun phrase starting at `start`, over its adjectives, numbers and articles. */
function wordBeforePhrase(tokens: readonly Token[], start: number): Token | undefined {
  let i = start - 1;
  while (i >= 0 && ['ADJ', 'NUM', 'DET'].includes(tokens[i]!.pos) && !GROUP_OWNERS.has(tokens[i]!.key)) i--;
  return tokens[i];
}

/** "its last troops": a possessive pronoun owns the noun phrase starting at `start`. */
export function ownedByPronoun(tokens: readonly Token[], start: number): boolean {
  return GROUP_OWNERS.has(wordBeforePhrase(tokens, start)?.key ?? '');
}

/** The agent is owned ("its", "their") or moved by the verb before it ("withdrew two battalions"). */
export function movedAway(tokens: readonly Token[], start: number): boolean {
  const t = wordBeforePhrase(tokens, start);
  return !!t && (GROUP_OWNERS.has(t.key) || (t.pos === 'VERB' && REMOVAL.has(t.lemma)));
}

function ownerType(h: NameHit): boolean {
  const type = h.values[0]!.entry.type;
  return type === 'country' || type === 'capital' || type === 'place' || type === 'igo' || type === 'group' || type === 'organization';
}

/** A person's name right after a title: "President Vladimir Putin", "leader Kim Jong Un". */
function rightPerson(hits: Hit[], h: number, cx: ComposeContext): NameHit | null {
  const a = hits[h] as AgentHit;
  const next = hits[h + 1];
  if (!next || next.kind !== 'name') return null;
  const entry = next.values[0]!.entry;
  // "Bree Prime Minister Romendacil": after an owner and a title, a name coded with a country alone is that country's office-holder.
  const bare = entry.codes.every((c) => /^[A-Z]{3}$/.test(c.code)) && !!leftOwner(hits, h, cx);
  if (!(a.values[0]!.entry.person && entry.type === 'person') && !bare) return null;
  let i = a.tokenEnd;
  if (cx.tokens[i]?.key === ',') i++;
  return next.tokenStart === i ? next : null;
}

function isSponsor(h: Hit, tokens: readonly Token[]): boolean {
  return hyphenedBy(h, tokens, SPONSOR_WORDS);
}

/** The hit is the first half of "X-word" for a word of the set, written as one token or three. */
function hyphenedBy(h: Hit, tokens: readonly Token[], words: ReadonlySet<string>): boolean {
  const t = tokens[h.tokenEnd - 1]!;
  if (t.key.includes('-')) return words.has(t.key.split('-').pop() ?? '');
  return tokens[h.tokenEnd]?.key === '-' && words.has(tokens[h.tokenEnd + 1]?.key ?? '');
}

const COLLECTIVE = new Set(['people', 'police', 'personnel', 'staff', 'military', 'public', 'youth', 'clergy', 'militia', 'authorities', 'media']);

function isPlural(tokens: readonly Token[], h: Hit): boolean {
  const last = tokens[h.tokenEnd - 1]!;
  if (COLLECTIVE.has(last.key)) return true;
  return last.pos === 'NOUN' && last.norm !== last.lemma && /s$/.test(last.norm);
}

function personMention(p: NameHit, start: number, end: number, cx: ComposeContext, rules: string[], agent?: AgentEntry): ActorMention {
  const m = nameMention(p, cx);
  // "Prime Minister X" where the dictionary gives X only a country: the title supplies the role.
  const roles = m.roles.length || !agent ? m.roles : [...agent.roles];
  const code = m.roles.length || !agent ? m.code : joinCode(m.code, agent.roles);
  const span = mention(cx, start, end, { ...m, code, roles, entityKey: m.entityId!, ruleIds: [...rules, ...m.ruleIds] });
  if (agent?.title && !span.name) span.name = p.values[0]!.entry.name;
  return span;
}

function nameMention(h: NameHit, cx: ComposeContext): ActorMention {
  const entry = pickEntry(h.values, cx.date);
  const c = codeOn(entry, cx.date);
  const type = entry.type === 'place' ? 'country' : entry.type;
  return mention(cx, h.tokenStart, h.tokenEnd, {
    code: c.code,
    country: c.country,
    roles: c.roles,
    type,
    name: entry.type === 'capital' ? undefined : entry.name,
    entityKey: entry.type === 'capital' && c.country ? `country.${c.country.toLowerCase()}` : entry.id,
    person: entry.type === 'person',
    plural: entry.type === 'country' && /s$/i.test(cx.tokens[h.tokenEnd - 1]!.text) && cx.tokens[h.tokenEnd - 1]!.pos === 'NOUN',
    basis: 'stated',
    ruleIds: [entry.id],
  });
}

/** Several entries share a name: prefer a person in office on the date, then countries, then the rest. */
function pickEntry(values: readonly ActorPhrase[], date: string | null): ActorEntry {
  if (values.length === 1) return values[0]!.entry;
  const rank = (e: ActorEntry) => {
    if (e.type === 'person') return e.codes.some((c) => (c.from || c.to) && codeValidOn(c, date)) ? 0 : 3;
    return e.type === 'country' ? 1 : 2;
  };
  return [...values].map((v) => v.entry).sort((a, b) => rank(a) - rank(b))[0]!;
}

interface MentionFields {
  code: string;
  country: string | null;
  roles: string[];
  type: ActorMention['type'];
  name?: string | undefined;
  entityKey: string;
  person: boolean;
  plural: boolean;
  basis: ActorMention['basis'];
  ruleIds: string[];
  agent?: AgentEntry;
}

function mention(cx: ComposeContext, tokenStart: number, tokenEnd: number, f: MentionFields): ActorMention {
  const start = cx.tokens[tokenStart]!.start;
  const end = cx.tokens[tokenEnd - 1]!.end;
  return {
    start,
    end,
    tokenStart,
    tokenEnd,
    sentence: cx.sentence,
    text: cx.text.slice(start, end),
    code: f.code,
    country: f.country,
    roles: f.roles,
    type: f.type,
    ...(f.name ? { name: f.name } : {}),
    entityId: f.entityKey,
    person: f.person,
    plural: f.plural,
    basis: f.basis,
    ruleIds: f.ruleIds,
    ...(f.agent ? { agentId: f.agent.id } : {}),
  };
}

/** Appends roles to a code without repeating a role the code already has (XGOVMED + GOV MED). */
export function joinCode(base: string, roles: readonly string[]): string {
  const have = new Set<string>();
  for (let i = 3; i + 3 <= base.length; i += 3) have.add(base.slice(i, i + 3));
  return base + roles.filter((r) => !have.has(r)).join('');
}

const NOT_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'said', 'says']);

/** One to four capitalised proper-noun words right after a title, not a date or another dictionary hit. */
function unknownName(cx: ComposeContext, from: number, nextHit: number): { end: number; name: string } | null {
  let i = from;
  while (i < nextHit && i - from < 4) {
    const t = cx.tokens[i];
    if (!t || t.sentence !== cx.sentence || t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(t.text) || NOT_NAMES.has(t.key)) break;
    i++;
  }
  if (i === from) return null;
  // A lone capitalised word is as likely a place or an organisation; two or more look like a name,
  // and so does one before "of" and a country ("King Abdullah of Jordan").
  if (i - from < 2 && !(cx.tokens[i]?.key === 'of' && i + 1 === nextHit)) return null;
  return { end: i, name: cx.tokens.slice(from, i).map((t) => t.text).join(' ') };
}

/** "King Hassan of Morocco": the country, capital or IGO in an of-phrase right after a name. */
function ownerAfterName(hits: Hit[], cx: ComposeContext, end: number): NameHit | null {
  if (cx.tokens[end]?.key !== 'of') return null;
  const next = hits.find((x) => x.tokenStart === end + 1);
  if (!next || next.kind !== 'name') return null;
  const type = next.values[0]!.entry.type;
  return type === 'country' || type === 'capital' || type === 'igo' ? next : null;
}

/** The capitalised proper noun right before token `at` that may be a first name ("Tom" King), or null. */
function firstNameBefore(tokens: readonly Token[], at: number): Token | null {
  const first = tokens[at - 1];
  return first && first.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(first.text) && !NOT_NAMES.has(first.key) ? first : null;
}

/**
 * "Defence Secretary Tom King", "General Mark Bishop": a title word right after a title and a
 * first name is a surname. Such hits are dropped before composing.
 */
function isSurname(hits: Hit[], i: number, cx: ComposeContext): boolean {
  const h = hits[i]!;
  if (h.kind !== 'agent' || h.tokenEnd - h.tokenStart !== 1) return false;
  const word = cx.tokens[h.tokenStart]!;
  const prevHit = hits[i - 1];
  if (!/^\p{Lu}\p{Ll}/u.test(word.text) || !firstNameBefore(cx.tokens, h.tokenStart)) return false;
  return !!prevHit && prevHit.kind === 'agent' && prevHit.tokenEnd === h.tokenStart - 1 && !!prevHit.values[0]!.entry.person;
}

/** Honorifics, abbreviated titles and party labels before a surname: "Mr Putin", "Sen. Sanders", "Republican Trump". */
const NOT_FIRST_NAMES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'maj', 'prof', 'sheikh', 'sir', 'dame', 'lord', 'lady', 'prince', 'princess', 'king', 'queen', 'emir', 'sultan', 'pope', 'cardinal', 'rev', 'father', 'saint', 'st', 'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'labour', 'tory', 'conservative', 'liberal', 'socialist', 'communist', 'meanwhile', 'then', 'later', 'earlier']);

/**
 * "former Peruvian prime minister Betssy Chavez": a famous surname after a first name we do not
 * know belongs to someone else (not Hugo Chávez). Dropped before composing.
 */
function isNamesake(hits: Hit[], i: number, cx: ComposeContext): boolean {
  const h = hits[i]!;
  if (h.kind !== 'name' || h.tokenEnd - h.tokenStart !== 1 || h.values[0]!.entry.type !== 'person') return false;
  const first = firstNameBefore(cx.tokens, h.tokenStart);
  const prevHit = hits[i - 1];
  if (!first || first.sentence !== cx.sentence || NOT_FIRST_NAMES.has(first.key.replace(/\.$/, ''))) return false;
  // ("Yesterday Putin said": a capital at the start of a sentence says nothing.)
  const opensSentence = cx.tokens[h.tokenStart - 2]?.sentence !== cx.sentence;
  return !opensSentence && (!prevHit || prevHit.tokenEnd < h.tokenStart);
}

/** An agent noun right after this one ("civilian" + "advisers"), or null. */
function nextAgent(hits: Hit[], h: number, tokens: readonly Token[]): AgentHit | null {
  const a = hits[h]!;
  const next = hits[h + 1];
  // ("took 240 people hostage": a singular "hostage" after the object says what they became.)
  if (next && PREDICATE_NOUNS.has(tokens[next.tokenStart]!.key) && next.tokenEnd - next.tokenStart === 1) return null;
  return next && next.kind === 'agent' && next.tokenStart === a.tokenEnd ? next : null;
}

const PREDICATE_NOUNS = new Set(['hostage', 'captive', 'prisoner']);
