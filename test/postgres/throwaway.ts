// Types for the throwaway PostgreSQL helper (./throwaway-server.mjs, plain JavaScript so the
// benchmarks can start a server too). What it does and how it runs as root: see that file.
// @ts-expect-error: a plain ES module without a declaration file
import * as impl from './throwaway-server.mjs';

export interface ThrowawayPostgres {
  /** A URL for the `postgres` database (administration). */
  adminUrl: string;
  port: number;
  dir: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(): Promise<string>;
  stop(): void;
}

export const HOW_TO_RUN: string = impl.HOW_TO_RUN;
/** The folder holding initdb and pg_ctl, or null. */
export const findPostgresBin: () => string | null = impl.findPostgresBin;
/** Null when the tests can run, else why not; throws when DYAD_REQUIRE_POSTGRES=1 and there is no PostgreSQL. */
export const postgresUnavailable: () => string | null = impl.postgresUnavailable;
/** Starts a server; `settings` are extra `-c name=value` server settings. */
export const startThrowawayPostgres: (settings?: Record<string, string>) => Promise<ThrowawayPostgres> = impl.startThrowawayPostgres;
