/** Byte streams for streaming tests. */
import { PassThrough } from 'node:stream';

/** A stream of the given chunks that ends. */
export function streamOf(...chunks: (string | Uint8Array)[]): AsyncIterable<Uint8Array> {
  return (async function* () {
    for (const c of chunks) yield typeof c === 'string' ? new TextEncoder().encode(c) : c;
  })();
}

/** A stream that gives `chunks` and then stays open, as a pipe from a slow producer would. */
export function endlessStreamOf(...chunks: (string | Uint8Array)[]): AsyncIterable<Uint8Array> {
  const stream = new PassThrough();
  for (const c of chunks) stream.write(c);
  return stream;
}
