/**
 * @module dyad/node
 * Node helpers around the pure core: the full GeoNames gazetteer and dictionary directories.
 */
export { loadGazetteer } from './gazetteer.js';
export { readDictionaryDir } from './dictionary-dir.js';
