import { clean, commonWords, slug } from './names.js';
import type { NoteBook } from './notes.js';
import { type BlockVerb, readVerbDictionary, type Synset } from './verb-blocks.js';
import { headPattern, translatePattern, type VerbHead, wordKeys } from './verb-patterns.js';

export interface ConvertedVerbs {
  /** Our `verbs/synsets*.txt` text. */
  synsets: string;
  /** Our event pattern text. */
  patterns: string;
  /** Every event code the patterns use. */
  codes: Set<string>;
}

/**
 * Converts a PETRARCH verb dictionary into our synsets and event patterns. Each verb alone is a
 * pattern with its own or its block's code; each `-` pattern is attached to the block's verbs.
 * Patterns get ids from the file and line (`petr.<file>.l<line>`) so a coded event says which
 * line of the user's dictionary produced it.
 */
export function convertVerbs(file: string, text: string, notes: NoteBook): ConvertedVerbs {
  const dict = readVerbDictionary(file, text);
  for (const o of dict.oddities) notes.add(file, o.line, o.construct, o.detail);
  const stem = slug(file);
  const synsets = convertSynsets(file, dict.synsets, notes);
  const synsetName = (raw: string) => synsets.names.get(petrarchSetKey(raw)) ?? null;
  const lines = [`# Converted from the PETRARCH verb dictionary ${file} by dyad's importer.`];
  const codes = new Set<string>();
  const emit = (id: string, code: string, pattern: string) => {
    for (const c of code.split(':')) codes.add(c);
    lines.push(`${id} | ${code} | ${pattern}`);
  };
  for (const block of dict.blocks) {
    const verbs = block.verbs.length ? block.verbs : [{ line: block.line, before: [], forms: [block.name], after: [] } as BlockVerb];
    const heads: { head: VerbHead; verbs: BlockVerb[] }[] = [];
    const simple: BlockVerb[] = [];
    for (const v of verbs) {
      const head = verbHead(v, file, notes);
      if (!head) continue;
      if (v.after.length || v.before.length) heads.push({ head, verbs: [v] });
      else simple.push(v);
    }
    if (simple.length) heads.unshift({ head: { before: [], alts: [...new Set(simple.flatMap((v) => verbHead(v, file, notes)!.alts))], after: [] }, verbs: simple });
    // The verbs alone, grouped by the code they carry.
    for (const [k, { head, verbs: vs }] of heads.entries()) {
      const byCode = new Map<string, string[]>();
      for (const v of vs) {
        const code = v.code ?? block.code;
        byCode.set(code, [...(byCode.get(code) ?? []), ...verbHead(v, file, notes)!.alts]);
      }
      for (const [code, alts] of byCode) {
        if (/^-+$/.test(code)) continue; // "[---]": the verb alone is not an event; only its patterns are
        const at = vs.find((v) => (v.code ?? block.code) === code)!.line;
        const ok = eventCode(code, file, at, notes);
        if (ok) emit(`petr.${stem}.l${at}${heads.length > 1 ? `.${k + 1}` : ''}`, ok, headPattern({ ...head, alts: [...new Set(alts)] }));
      }
    }
    for (const p of block.patterns) {
      const code = eventCode(p.code, file, p.line, notes);
      if (!code) continue;
      for (const [k, { head }] of heads.entries()) {
        const t = translatePattern(p.text, head, synsetName);
        if (!t.ok) {
          if (k === 0) notes.add(file, p.line, t.construct, `${t.detail} dropped`);
          continue;
        }
        if (k === 0) for (const a of [...new Set(t.approximations)]) notes.add(file, p.line, 'approximated', a);
        emit(`petr.${stem}.l${p.line}${heads.length > 1 ? `.${k + 1}` : ''}`, code, t.pattern);
      }
    }
  }
  return { synsets: synsets.text, patterns: lines.join('\n') + '\n', codes };
}

function verbHead(v: BlockVerb, file: string, notes: NoteBook): VerbHead | null {
  const alts: string[] = [];
  for (const f of v.forms) {
    const keys = wordKeys(f);
    if (keys?.length === 1) alts.push(keys[0]!);
    else notes.add(file, v.line, 'verb form that is not one word', `'${f}' dropped`);
  }
  const after = v.after.flatMap((w) => wordKeys(w) ?? []);
  const before = v.before.flatMap((w) => wordKeys(w) ?? []);
  return alts.length ? { before, alts: [...new Set(alts)], after } : null;
}

/** `[173]` → 173; `[032:033]` → our paired code `032:033`; `[---]` and non-numeric codes drop the pattern. */
function eventCode(raw: string, file: string, line: number, notes: NoteBook): string | null {
  const [first = '', second] = raw.split(':').map((c) => c.trim());
  if (/^-+$/.test(first)) {
    notes.add(file, line, 'null event code [---]', 'a pattern that blocks coding cannot be said in our format; dropped');
    return null;
  }
  if (!/^\d{2,4}$/.test(first)) {
    notes.add(file, line, 'event code that is not 2-4 digits', `[${raw}] dropped`);
    return null;
  }
  if (second === undefined) return first;
  if (/^\d{2,4}$/.test(second)) return `${first}:${second}`;
  notes.add(file, line, 'paired code [A:B]', `coded as ${first}; the reverse code '${second}' is not 2-4 digits, so no reverse event`);
  return first;
}

const petrarchSetKey = (raw: string) => raw.toUpperCase().replace(/_+$/, '');

/** Synsets with our names (`&p-tietypes`) and members, embedded synsets expanded. */
function convertSynsets(file: string, sets: Synset[], notes: NoteBook): { text: string; names: Map<string, string> } {
  const byKey = new Map(sets.map((s) => [petrarchSetKey(s.name), s]));
  const names = new Map<string, string>();
  const lines = [`# Synsets converted from the PETRARCH verb dictionary ${file} by dyad's importer.`];
  const members = (s: Synset, seen: Set<string>): string[] =>
    s.members.flatMap((m) => {
      if (!m.startsWith('&')) return [clean(commonWords(m))];
      const inner = byKey.get(petrarchSetKey(m));
      if (!inner || seen.has(inner.name)) {
        notes.add(file, s.line, 'undefined synset', `${m} inside ${s.name} ignored`);
        return [];
      }
      return members(inner, new Set([...seen, inner.name]));
    });
  for (const s of sets) {
    const list = [...new Set(members(s, new Set([s.name])).filter(Boolean))];
    if (!list.length) {
      notes.add(file, s.line, 'empty synset', `${s.name} has no members; patterns using it dropped`);
      continue;
    }
    const ours = `&p-${petrarchSetKey(s.name).slice(1).toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
    names.set(petrarchSetKey(s.name), ours);
    lines.push(`${ours} | ${list.join('; ')}`);
  }
  return { text: lines.join('\n') + '\n', names };
}
