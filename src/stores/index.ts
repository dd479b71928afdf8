/**
 * @module
 * Event stores: the contract (./store.ts), the SQLite default (./sqlite) and the shared query helpers
 * every implementation uses so they agree on meaning.
 */
export * from './store.js';
export { openStore, resolveDb, DEFAULT_DB, type OpenStoreOptions } from './open-store.js';
export { parseDyad, parseActor } from './query/dyad.js';
export { prepareArticle, independentSourceKey, type PreparedArticle, type PreparedMention } from './prepare.js';
export { iterateEvents } from './iterate.js';
