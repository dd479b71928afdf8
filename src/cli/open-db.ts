import { existsSync } from 'node:fs';
import { openStore, resolveDb, type EventStore } from '../stores/index.js';

/**
 * The store a command's `--db` names (else DYAD_DB, else ./data/dyad.db). Reading commands pass
 * `mustExist` so a mistyped path is reported instead of silently creating an empty database.
 */
export async function openDb(flag: string | undefined, opts: { mustExist?: boolean } = {}): Promise<EventStore> {
  const spec = resolveDb(flag);
  const isUrl = /^[a-z]+:\/\//i.test(spec);
  if (opts.mustExist && !isUrl && !existsSync(spec)) {
    throw new Error(`no database at ${spec}; run \`dyad ingest\` first, or give --db PATH (or DYAD_DB)`);
  }
  return openStore(spec);
}
