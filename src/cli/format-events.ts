import type { EventRecord, StoreStats } from '../stores/index.js';

const actor = (a: EventRecord['source']) => (a ? `${a.code}${a.name ? ` (${a.name})` : ''}` : '-');
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Events as a fixed-width table with the evidence sentence under each row. */
export function eventTable(events: EventRecord[]): string {
  const lines = [`${'id'.padStart(7)}  ${'date'.padEnd(10)}  ${'source'.padEnd(26)}  code  ${'event'.padEnd(28)}  ${'target'.padEnd(26)}  ment src art  place`];
  for (const e of events) {
    lines.push(
      `${String(e.id).padStart(7)}  ${(e.date ?? '?').padEnd(10)}  ${cut(actor(e.source), 26).padEnd(26)}  ${e.cameo.code.padEnd(4)}  ${cut(e.cameo.name ?? '', 28).padEnd(28)}  ${cut(actor(e.target), 26).padEnd(26)}  ${String(e.numMentions).padStart(4)} ${String(e.numSources).padStart(3)} ${String(e.numArticles).padStart(3)}  ${e.location?.name ?? ''}`,
    );
    lines.push(`${' '.repeat(9)}"${cut(e.evidence.text.replace(/\s+/g, ' '), 150)}"`);
  }
  return `${lines.join('\n')}\n`;
}

export function statsText(s: StoreStats, location: string): string {
  const lines = [
    `database      ${location} (schema ${s.schemaVersion})`,
    `articles      ${s.articles} (${s.copies} stored as copies of another)`,
    `outlets       ${s.outlets}`,
    `events        ${s.events} distinct, ${s.mentions} mentions`,
    `event days    ${s.firstDay ?? '-'} .. ${s.lastDay ?? '-'}`,
    `published     ${s.firstPublished ?? '-'} .. ${s.lastPublished ?? '-'}`,
  ];
  if (s.topDyads.length) {
    lines.push('top dyads (either direction):');
    for (const d of s.topDyads) lines.push(`  ${`${d.a}:${d.b}`.padEnd(16)} ${String(d.events).padStart(7)} events ${String(d.mentions).padStart(8)} mentions`);
  }
  return `${lines.join('\n')}\n`;
}
