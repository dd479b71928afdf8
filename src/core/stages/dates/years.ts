import type { Token } from '../../model/sentence.js';
import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { withModifier } from './modifiers.js';
import { tokenIndexAt } from './tense-cue.js';

// A four-digit number standing alone: not part of 1,989 or 19.89 or $1989 or 1989-90 or 1989/90.
const YEAR = /(?<![\w$£€¥#.,/]|\d-)(?:(?:fiscal|FY)[\s-]?)?(1\d{3}|20\d{2})(?![\w%]|[.,/:]\d|-\d)/gi;
// Words after which a number is a label, not a year ("Resolution 1441", "flight 1549").
const LABEL_BEFORE = /\b(?:no|nos|number|numbers|page|pages|p|pp|flight|route|resolution|article|section|chapter|room|code|model|unit|item|line|bill|highway|interstate|act|rule|paragraph|exhibit|vol|volume|issue|cell|row|grade|level|size|version|v|rev|tel|fax|box|suite|apt|lot|gate|platform|bus|train|opus|op)\.?\s*$/i;
// Words after which a year is normal even when the word before is capitalised ("In 1989").
const DATE_WORD_BEFORE = /\b(?:in|since|by|from|until|till|through|during|before|after|of|early|late|mid|fiscal|fy|spring|summer|fall|autumn|winter|and|or|to|between|around|about|circa|year|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?[\s-]*$/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|that|this|its|their|his|her|our|whose)\s+$/i;
const UNIT_AFTER = /^\s*(?:%|percent|per\s*cent|GMT|UTC|EST|EDT|CET|hrs|hours|h\b|km|kilometers|kilometres|miles|meters|metres|feet|ft|tons|tonnes|kg|pounds|dollars|euros|yen|yuan|rubles|roubles|people|persons|troops|soldiers|men|women|children|votes|seats|cases|deaths|dead|refugees|residents|members|workers|jobs|units|shares|barrels|acres|hectares|rounds|points)\b/i;

/**
 * A year named alone ("in 2019", "since 1945", "early 1990", "fiscal 1989"). Years before 1800
 * need a word that makes them a date ("in 1453"); numbers that label or count are skipped.
 */
export function findYears(input: FinderInput): Candidate[] {
  const { text, ref } = input;
  const latest = (ref?.year ?? 2100) + 30;
  const out: Candidate[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 20), start);
    if (year > latest || LABEL_BEFORE.test(before) || UNIT_AFTER.test(text.slice(end, end + 16))) continue;
    const dateWord = DATE_WORD_BEFORE.test(before) || /fiscal|fy/i.test(m[0]);
    if (year < 1800 && !dateWord) continue;
    // "the 1992 protests", "a 1996 law": after a determiner a number before a noun is its year.
    const determiner = DETERMINER_BEFORE.test(before);
    if (!dateWord && !determiner && (namedNumber(before) || countsSomething(input.tokens, end))) continue;
    const historical = ref ? year < ref.year - 5 : undefined;
    out.push(fixed(withModifier(text, start), end, { value: String(year), precision: 'year', basis: 'stated', ruleId: 'date.year.explicit', ...(historical !== undefined ? { historical } : {}) }));
  }
  return out;
}

/** "Boeing 1989", "Suite 2001": a capitalised word right before, other than a sentence's first word. */
function namedNumber(before: string): boolean {
  const w = /([A-Za-z][\w'’]*)\s+$/.exec(before)?.[1];
  return !!w && /^[A-Z]/.test(w) && !/['’]s$/.test(w) && !FUNCTION_WORDS.has(w.toLowerCase());
}

const FUNCTION_WORDS = new Set(['for', 'at', 'on', 'with', 'as', 'but', 'so', 'then', 'also', 'only', 'even', 'about']);

/** "2000 protesters": a plural noun right after the number counts it. */
function countsSomething(tokens: readonly Token[], end: number): boolean {
  const i = tokenIndexAt(tokens, end);
  const t = i >= 0 ? tokens[i] : undefined;
  if (!t || t.start - end > 1) return false;
  return t.pos === 'NOUN' && t.norm !== t.lemma && t.norm.endsWith('s');
}
