import type { SourceErrorCode } from '../sources/source.js';

/** What happened to one source item. */
export type ItemResult =
  | { ref: string; status: 'stored'; id: number; events: number; mentions: number }
  | { ref: string; status: 'copy'; id: number; copyOf: number; similarity: number; events: number; mentions: number }
  /** Already in the store: found before coding (`early`), or by the store itself. */
  | { ref: string; status: 'duplicate'; id: number; reason: 'url' | 'content'; early: boolean }
  | { ref: string; status: 'failed'; code: FailureCode; reason: string }
  /** Nothing to do: an unsupported file type, or a feed that has not changed. */
  | { ref: string; status: 'skipped'; code: SourceErrorCode; reason: string };

export type FailureCode = SourceErrorCode | 'empty' | 'extract' | 'code';

export interface IngestSummary {
  items: number;
  stored: number;
  copies: number;
  duplicates: number;
  failed: number;
  skipped: number;
  /** Mentions written, and distinct events they went to (summed per article). */
  mentions: number;
  events: number;
  seconds: number;
  articlesPerSecond: number;
  /** CPU time of the whole process (worker threads included) during the run: a rate that load on the machine does not skew much. */
  cpuSeconds: number;
  /** Why items failed, up to 100 of them. */
  failures: { ref: string; code: string; reason: string }[];
  /** True when the run was stopped (SIGINT/SIGTERM) before its sources were exhausted. */
  interrupted: boolean;
}

export function emptySummary(): IngestSummary {
  return { items: 0, stored: 0, copies: 0, duplicates: 0, failed: 0, skipped: 0, mentions: 0, events: 0, seconds: 0, articlesPerSecond: 0, cpuSeconds: 0, failures: [], interrupted: false };
}

export function addResult(s: IngestSummary, r: ItemResult): void {
  s.items++;
  if (r.status === 'stored' || r.status === 'copy') {
    if (r.status === 'stored') s.stored++;
    else s.copies++;
    s.mentions += r.mentions;
    s.events += r.events;
  } else if (r.status === 'duplicate') s.duplicates++;
  else if (r.status === 'skipped') s.skipped++;
  else {
    s.failed++;
    if (s.failures.length < 100) s.failures.push({ ref: r.ref, code: r.code, reason: r.reason });
  }
}
