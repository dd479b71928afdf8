import type { Writable } from 'node:stream';

/**
 * Writes to a stream with backpressure (waits for 'drain'), and stops quietly when the reader goes
 * away (`dyad export | head`): `closed` becomes true and further writes are dropped.
 */
export function streamWriter(out: Writable = process.stdout): { write(s: string): Promise<void>; readonly closed: boolean } {
  let closed = false;
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
    else throw err;
  });
  return {
    get closed() {
      return closed;
    },
    async write(s: string) {
      if (closed || !s) return;
      if (!out.write(s)) await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          resolve();
        };
        out.on('drain', done);
        out.on('close', done);
      });
    },
  };
}
