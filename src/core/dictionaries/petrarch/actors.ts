import { DictionaryError } from '../errors.js';
import { actorCode } from './codes.js';
import { petrarchDate, shiftDay } from './dates.js';
import { actorName, clean, slug } from './names.js';
import type { NoteBook } from './notes.js';
import { sourceLines } from './source-lines.js';

interface RawActor {
  line: number;
  names: string[];
  /** Code specs in our format: `CODE` or `CODE FROM..TO`. */
  specs: string[];
}

/**
 * Converts a PETRARCH actor dictionary into our actor format. An entry is a name line, `+`
 * lines with other names, and codes in brackets on the name line or on indented lines after it:
 * `[RUSGOV 000507-080507]`, `[HOB < 950601]` (before), `[HOBREB > 990816]` (after). PETRARCH
 * takes the first code whose dates fit, then the undated one; so do we, so the order is kept.
 */
export function convertActors(file: string, text: string, notes: NoteBook): string {
  const entries: RawActor[] = [];
  let cur: RawActor | null = null;
  for (const { line, text: t } of sourceLines(text)) {
    const s = t.trim();
    if (!s) continue;
    const bracket = s.indexOf('[');
    const head = (bracket < 0 ? s : s.slice(0, bracket)).trim();
    const codes = bracket < 0 ? [] : bracketContents(file, line, s.slice(bracket));
    if (s.startsWith('+')) {
      if (!cur) throw new DictionaryError(file, line, `'+' synonym '${head}' before any actor`);
      if (head.length > 1) cur.names.push(head.slice(1));
    } else if (head) {
      cur = { line, names: [head], specs: [] };
      entries.push(cur);
    } else if (!cur) throw new DictionaryError(file, line, 'a code before any actor name');
    for (const c of codes) {
      const spec = codeSpec(c, file, line, notes);
      if (spec) cur!.specs.push(spec);
    }
  }
  const out = [`# Converted from the PETRARCH actor dictionary ${file} by dyad's importer.`];
  const stem = slug(file);
  for (const e of entries) {
    if (!e.specs.length) {
      notes.add(file, e.line, 'actor without a usable code', `'${e.names[0]}' dropped`);
      continue;
    }
    const names = [...new Set(e.names.map((n) => clean(actorName(n))).filter(Boolean))];
    out.push(`petr.${stem}.l${e.line} | ${actorType(e.specs)} | ${names.join('; ')} | ${e.specs.join('; ')}`);
  }
  return out.join('\n') + '\n';
}

/** `[A] [B]` → ['A', 'B']; an unclosed bracket is an error. */
function bracketContents(file: string, line: number, s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\[([^\]]*)\]|\[/g)) {
    if (m[1] === undefined) throw new DictionaryError(file, line, "unclosed '['");
    out.push(m[1]);
  }
  return out;
}

/** `RUSGOV 000507-080507`, `HOB < 950601`, `HOBREB > 990816` → our `CODE FROM..TO`. */
function codeSpec(raw: string, file: string, line: number, notes: NoteBook): string | null {
  const m = /^\s*(\S+)\s*(.*)$/.exec(raw);
  if (!m || !m[1]) {
    notes.add(file, line, 'empty code', '[] ignored');
    return null;
  }
  const code = actorCode(m[1]);
  if (!code.ok) {
    notes.add(file, line, code.construct, code.detail);
    return null;
  }
  const restriction = m[2]!.replace(/\s+/g, '');
  if (!restriction) return code.code;
  const date = (s: string) => {
    const d = petrarchDate(s);
    if (!d) throw new DictionaryError(file, line, `bad date '${s}' in [${raw.trim()}] (YYMMDD or YYYYMMDD)`);
    return d;
  };
  let range: string;
  if (restriction.startsWith('<')) range = `..${shiftDay(date(restriction.slice(1)), -1)}`;
  else if (restriction.startsWith('>')) range = `${shiftDay(date(restriction.slice(1)), 1)}..`;
  else {
    const r = /^(\d+)-(\d+)$/.exec(restriction);
    if (!r) throw new DictionaryError(file, line, `bad date restriction '${m[2]!.trim()}' in [${raw.trim()}]`);
    const [from, to] = [date(r[1]!), date(r[2]!)];
    if (from > to) throw new DictionaryError(file, line, `date range in [${raw.trim()}] ends before it starts`);
    range = `${from}..${to}`;
  }
  return `${code.code} ${range}`;
}

/**
 * PETRARCH does not type its actors; our coder uses the type to combine names with agents. Only
 * three-letter codes make a state (or a state-like actor such as the fictional ones of the unit
 * tests, even when the code changed over time); otherwise dated codes make an office-holder and
 * anything else an organisation.
 */
function actorType(specs: string[]): string {
  const codes = specs.map((s) => s.split(' ')[0]!);
  if (codes.every((c) => c.length === 3)) return 'country';
  return specs.some((s) => s.includes('..')) ? 'person' : 'org';
}
