import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** A byte stream with the name its refs start with; `open` is called once per iteration. */
export interface ByteInput {
  name: string;
  open(): AsyncIterable<Uint8Array>;
  /** The time to stamp items with when the stream itself has none (a file's mtime). */
  fetchedAt?: () => Promise<string | null>;
}

/** A file as a ByteInput named by its base name, stamped with its mtime so reruns agree. */
export function fileInput(path: string): ByteInput {
  return {
    name: basename(path),
    open: () => createReadStream(path),
    fetchedAt: async () => (await stat(path)).mtime.toISOString(),
  };
}
