/**
 * @module
 * Ingestion: source items → extract → code → store, idempotent and crash-safe, with progress.
 */
export { ingest, type IngestOptions } from './pipeline.js';
export { inProcessCoding, type CodingService } from './coding.js';
export { workerPoolCoding } from './worker-pool.js';
export { buildCoder, type CoderSpec } from './coder-spec.js';
export { createProgress, summaryText, type Progress, type ProgressMode } from './progress.js';
export { countItems } from './count-items.js';
export { openSources } from './open-sources.js';
export { chooseUrl } from './choose-url.js';
export type { IngestSummary, ItemResult } from './results.js';
