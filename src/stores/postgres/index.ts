/**
 * @module
 * The PostgreSQL event store (pg): one server shared by many workers on many machines. Same tables,
 * queries and results as the SQLite store; its schema also holds the work queue (src/queue).
 */
export { openPostgresStore, type PostgresStoreOptions } from './postgres-store.js';
export { LATEST_VERSION } from './migrations/index.js';
export { createPool, redact, inTransaction, type Queryable } from './pool.js';
export { migrate, schemaVersion } from './migrator.js';
