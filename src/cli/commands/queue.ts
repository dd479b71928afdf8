import { createQueue, type QueueStats } from '../../queue/index.js';
import { openPostgresStore } from '../../stores/postgres/index.js';
import { parse } from '../args.js';
import type { Command } from '../main.js';
import { postgresUrl } from '../postgres-url.js';

export const command: Command = {
  summary: 'The state of the PostgreSQL work queue: pending, running, done and failed jobs (with reasons), the oldest pending age, throughput and the workers holding jobs. --retry-failed puts failed jobs back.',
  usage: [
    'usage: dyad queue [--db URL] [--json] [--retry-failed [--code CODE]]',
    '  --retry-failed   failed jobs back to pending with their tries reset (only those with error CODE, with --code)',
    'example: dyad queue --db postgres://dyad@db.example.org/dyad',
  ].join('\n'),
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' }, 'retry-failed': { type: 'boolean' }, code: { type: 'string' } });
    const store = await openPostgresStore(postgresUrl(values.db, 'dyad queue'), { maxConnections: 1, applicationName: 'dyad queue' });
    try {
      const queue = createQueue(store.pool);
      const retried = values['retry-failed'] ? await queue.retryFailed(values.code) : null;
      const s = await queue.stats();
      if (values.json) console.log(JSON.stringify({ ...(retried !== null ? { retried } : {}), ...s }));
      else process.stdout.write(`${retried !== null ? `${retried} failed jobs put back in the queue\n` : ''}${queueText(s, store.location)}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

export function queueText(s: QueueStats, location: string): string {
  const age = s.oldestPendingSeconds === null ? '-' : duration(s.oldestPendingSeconds);
  const lines = [
    `queue on ${location}`,
    `  pending   ${s.pending}${s.delayed ? ` (${s.delayed} waiting to retry)` : ''}`,
    `  running   ${s.running}${s.expired ? ` (${s.expired} past their lease: worker gone?)` : ''}`,
    `  done      ${s.done}`,
    `  failed    ${s.failed}`,
    `  oldest pending   ${age}`,
    `  done per minute  ${s.throughput.lastMinute} (last minute), ${s.throughput.last15Minutes} (15 min), ${s.throughput.lastHour} (hour)`,
  ];
  if (s.workers.length) lines.push(`  workers   ${s.workers.map((w) => `${w.worker} (${w.running})`).join(', ')}`);
  if (s.failures.length) {
    lines.push('  failures by reason:');
    for (const f of s.failures) lines.push(`    ${String(f.count).padStart(6)}  ${f.code}: ${f.example.slice(0, 120)}`);
    lines.push('  retry them with: dyad queue --retry-failed [--code CODE]');
  }
  return `${lines.join('\n')}\n`;
}

function duration(s: number): string {
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  if (s < 172_800) return `${Math.round(s / 360) / 10}h`;
  return `${Math.round(s / 8640) / 10}d`;
}
