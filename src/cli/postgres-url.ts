import { resolveDb } from '../stores/index.js';
import { UsageError } from './args.js';

/** The `--db` (or DYAD_DB) value for commands that need PostgreSQL: the work queue lives there. */
export function postgresUrl(flag: string | undefined, command: string): string {
  const spec = resolveDb(flag);
  if (!/^postgres(ql)?:\/\//i.test(spec)) {
    throw new UsageError(`${command} needs a PostgreSQL database (--db postgres://… or DYAD_DB); got '${spec}'. With SQLite, \`dyad ingest\` codes directly.`);
  }
  return spec;
}
