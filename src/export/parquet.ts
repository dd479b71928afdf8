import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventRecord } from '../stores/index.js';
import { FLAT_COLUMNS } from './flat-columns.js';

/**
 * Parquet through DuckDB, an OPTIONAL dependency: @duckdb/node-api is about 70 MB installed, so it
 * is not in package.json and is loaded only when Parquet is asked for. `npm install @duckdb/node-api`
 * enables it; without it the export stops with that instruction.
 */
export const DUCKDB_PACKAGE = '@duckdb/node-api';

/** The few DuckDB calls we use, typed here so the package stays optional at compile time. */
interface Appender {
  appendInteger(v: number): void;
  appendBigInt(v: bigint): void;
  appendDouble(v: number): void;
  appendVarchar(v: string): void;
  appendNull(): void;
  endRow(): void;
  closeSync(): void;
}
interface Connection {
  run(sql: string): Promise<unknown>;
  createAppender(table: string): Promise<Appender>;
  closeSync?(): void;
}
export interface DuckDb {
  DuckDBInstance: { create(path?: string): Promise<{ connect(): Promise<Connection>; closeSync?(): void }> };
}

export class MissingDependencyError extends Error {
  override name = 'MissingDependencyError';
}

export async function loadDuckDb(specifier = process.env.DYAD_DUCKDB_MODULE || DUCKDB_PACKAGE): Promise<DuckDb> {
  try {
    return (await import(specifier)) as DuckDb;
  } catch {
    throw new MissingDependencyError(`Parquet export needs the optional package ${DUCKDB_PACKAGE} (about 70 MB): run \`npm install ${DUCKDB_PACKAGE}\`, or export csv or jsonl instead`);
  }
}

const SQL_TYPE = { int: 'BIGINT', real: 'DOUBLE', text: 'VARCHAR' } as const;

/** Writes the flat columns of every event to a Parquet file at `path` (zstd-compressed). Returns the row count. */
export async function writeParquet(events: AsyncIterable<EventRecord>, path: string, duck?: DuckDb): Promise<number> {
  const { DuckDBInstance } = duck ?? (await loadDuckDb());
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`CREATE TABLE events (${FLAT_COLUMNS.map((c) => `"${c.name}" ${SQL_TYPE[c.type]}`).join(', ')})`);
  const app = await conn.createAppender('events');
  let n = 0;
  for await (const e of events) {
    for (const c of FLAT_COLUMNS) {
      const v = c.get(e);
      if (v === null) app.appendNull();
      else if (c.type === 'int') app.appendBigInt(BigInt(v));
      else if (c.type === 'real') app.appendDouble(Number(v));
      else app.appendVarchar(String(v));
    }
    app.endRow();
    n++;
  }
  app.closeSync();
  await conn.run(`COPY events TO '${path.replace(/'/g, "''")}' (FORMAT PARQUET, COMPRESSION ZSTD)`);
  conn.closeSync?.();
  instance.closeSync?.();
  return n;
}

/** A temporary directory for a Parquet file on its way to standard output. */
export function tempParquetPath(): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-parquet-'));
  return { path: join(dir, 'events.parquet'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
