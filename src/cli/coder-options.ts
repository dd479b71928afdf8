import { createCoder, type Coder } from '../core/index.js';
import { readDictionaryDir } from '../node/dictionary-dir.js';
import { loadGazetteer } from '../node/gazetteer.js';

/** The flags every coding command takes (code, ingest, worker), for `parse`. */
export const CODER_FLAGS = {
  dictionaries: { type: 'string' },
  'replace-dictionaries': { type: 'boolean' },
  gazetteer: { type: 'string' },
} as const;

/** Builds a coder from CLI options: extra dictionaries from a directory, and the gazetteer choice. */
export async function makeCoder(opts: { dictionaries?: string | undefined; replace?: boolean; gazetteer?: string | undefined; debug?: boolean }): Promise<Coder> {
  const dictionaries = opts.dictionaries ? [readDictionaryDir(opts.dictionaries)] : [];
  const gazetteer = await loadGazetteer(opts.gazetteer ?? 'full');
  return createCoder({
    dictionaries,
    replaceDefaults: opts.replace ?? false,
    ...(gazetteer ? { gazetteer } : {}),
    ...(opts.debug ? { debug: (stage: string, message: string) => console.error(`[${stage}] ${message}`) } : {}),
  });
}
