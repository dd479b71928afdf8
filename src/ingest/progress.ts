import type { IngestSummary, ItemResult } from './results.js';

/** How a run reports itself: a live bar on a terminal, JSON lines for scripts, or nothing but errors. */
export type ProgressMode = 'bar' | 'lines' | 'json' | 'quiet';

export interface Progress {
  item(r: ItemResult): void;
  /** Clears the bar before the summary is printed. */
  finish(): void;
}

/**
 * `bar` (stderr is a terminal): done, articles/s, events and ETA (when the total is known), redrawn
 * at most ten times a second; failures are printed above it. `lines`: one line per failure on stderr.
 * `json`: one JSON object per item on stdout. `quiet`: nothing.
 */
export function createProgress(mode: ProgressMode, total: number | null, err: NodeJS.WriteStream = process.stderr, out: NodeJS.WritableStream = process.stdout): Progress {
  const started = performance.now();
  let done = 0;
  let stored = 0;
  let events = 0;
  let last = 0;
  let drawn = false;
  const draw = (force = false) => {
    const now = performance.now();
    if (!force && now - last < 100) return;
    last = now;
    const secs = (now - started) / 1000;
    const rate = secs > 0 ? stored / secs : 0;
    const itemRate = secs > 0 ? done / secs : 0;
    const width = 24;
    const frac = total ? Math.min(1, done / total) : 0;
    const bar = total ? `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '-')}] ${done}/${total}` : `${done} items`;
    const eta = total && itemRate > 0 ? `  ETA ${clock((total - done) / itemRate)}` : '';
    err.write(`\r\x1b[2K${bar}  ${rate.toFixed(1)} articles/s  ${events} events${eta}`);
    drawn = true;
  };
  const clear = () => {
    if (drawn) err.write('\r\x1b[2K');
  };
  return {
    item(r) {
      done++;
      if (r.status === 'stored' || r.status === 'copy') {
        stored++;
        events += r.events;
      }
      if (mode === 'json') out.write(`${JSON.stringify(r)}\n`);
      if (r.status === 'failed' && (mode === 'bar' || mode === 'lines')) {
        clear();
        err.write(`failed: ${r.ref}: ${r.reason}\n`);
      }
      if (mode === 'bar') draw(r.status === 'failed');
    },
    finish() {
      if (mode === 'bar') clear();
    },
  };
}

export function summaryText(s: IngestSummary): string {
  const lines = [
    `${s.interrupted ? 'stopped early: ' : ''}${s.items} items in ${s.seconds.toFixed(1)} s: ${s.stored} stored, ${s.copies} stored as copies, ${s.duplicates} already stored, ${s.failed} failed, ${s.skipped} skipped`,
    `${s.mentions} event mentions stored; ${s.articlesPerSecond} articles/s`,
  ];
  if (s.failures.length) {
    lines.push('failures:');
    for (const f of s.failures.slice(0, 20)) lines.push(`  ${f.ref}: ${f.reason}`);
    if (s.failed > 20) lines.push(`  … and ${s.failed - 20} more`);
  }
  return `${lines.join('\n')}\n`;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
