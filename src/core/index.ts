/**
 * @module dyad/core
 * The pure coder: text in, coded events out. No I/O, no node: imports, no clock; runs in a browser.
 */
export { codeArticle, createCoder, parseDay, CODER_VERSION, type Coder, type CoderOptions } from './coder.js';
export type * from './model/index.js';
export type { Gazetteer, PlaceCandidate } from './geo/gazetteer.js';
export { placeKey } from './geo/gazetteer.js';
export { DictionaryError } from './dictionaries/errors.js';
export type { DictionaryFiles } from './dictionaries/load.js';
export { importPetrarch, detectPetrarchKind, type PetrarchFile, type PetrarchImport, type ImportNote, type Discard } from './dictionaries/petrarch/index.js';
export { STAGES } from './pipeline/stages.js';
export type { Stage } from './pipeline/stage.js';
export type { CoderContext } from './pipeline/context.js';
