import type { EvalMiss, EvalRow } from './eval-set.js';

const fmt = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));

/** The one table `dyad eval` prints: set, metric, items, P, R, F1, accuracy, note. */
export function formatTable(rows: readonly EvalRow[]): string {
  const header = ['set', 'metric', 'items', 'P', 'R', 'F1', 'acc', 'note'];
  const body = rows.map((r) => [r.set, r.metric, String(r.items), fmt(r.precision), fmt(r.recall), fmt(r.f1), fmt(r.accuracy), r.note ?? '']);
  const all = [header, ...body];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  const numeric = new Set([2, 3, 4, 5, 6]);
  const line = (row: string[]) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w, c) => '-'.repeat(c === widths.length - 1 ? Math.max(4, w) : w)).join('  ');
  return [line(header), rule, ...body.map(line)].join('\n') + '\n';
}

/** `--errors N`: each miss with its sentence, the gold coding, ours and the rules that fired. */
export function formatMisses(misses: readonly EvalMiss[]): string {
  return misses
    .map((m, i) =>
      [
        `${i + 1}. [${m.set}] ${m.id}`,
        `   text:  ${m.text.replace(/\s+/g, ' ').trim()}`,
        `   gold:  ${m.gold}`,
        `   ours:  ${m.ours}`,
        `   rules: ${m.ruleIds.length ? m.ruleIds.join(', ') : '(none)'}`,
      ].join('\n'),
    )
    .join('\n\n') + (misses.length ? '\n' : '');
}
