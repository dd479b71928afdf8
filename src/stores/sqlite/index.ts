/**
 * @module
 * The SQLite event store (better-sqlite3): the default, one file, no server.
 */
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export { LATEST_VERSION } from './migrations/index.js';
