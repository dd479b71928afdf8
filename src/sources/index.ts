/** @module Sources: where articles come from. See docs/sources.md for the contract and how to add one. */
export * from './source.js';
export { createFilesSource } from './files-source.js';
export { createJsonlSource } from './jsonl-source.js';
export { createStdinSource, type StdinOptions } from './stdin-source.js';
export { createWarcSource } from './warc-source.js';
export { createUrlSource } from './url-source.js';
export { createUrlListSource } from './url-list-source.js';
export { createFeedSource } from './feed-source.js';
export { createFeedListSource } from './feed-list-source.js';
export { readFeedList } from './feed-list.js';
export { openSource, SourceOpenError, type OpenSourceOptions } from './open-source.js';
export type { ByteInput } from './byte-input.js';
export type { WebSourceOptions } from './web/web-context.js';
