import { createCoder, type Coder } from '../core/index.js';
import { readDictionaryDir } from '../node/dictionary-dir.js';
import { loadGazetteer } from '../node/gazetteer.js';

/** How to build a coder, as plain data so a worker thread can build the same one. */
export interface CoderSpec {
  /** A directory of extra dictionaries (ours or PETRARCH/TABARI). */
  dictionaries?: string;
  /** Use only `dictionaries`, not the bundled ones. */
  replace?: boolean;
  /** `full` (GeoNames cities500, default) or `small` (the bundled gazetteer). */
  gazetteer?: string;
}

export async function buildCoder(spec: CoderSpec): Promise<Coder> {
  const gazetteer = await loadGazetteer(spec.gazetteer ?? 'full');
  return createCoder({
    dictionaries: spec.dictionaries ? [readDictionaryDir(spec.dictionaries)] : [],
    replaceDefaults: spec.replace ?? false,
    ...(gazetteer ? { gazetteer } : {}),
  });
}
