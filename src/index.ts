/**
 * @module dyad
 * The library: the pure core plus node helpers (GeoNames gazetteer, dictionary directories).
 */
export * from './core/index.js';
