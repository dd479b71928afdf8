/**
 * Wraps a byte stream for warcio, which on a truncated uncompressed WARC keeps asking an exhausted stream
 * for more, forever. Counts the bytes read, and turns the first few dozen reads past the end into an error.
 */
export class GuardedChunks implements AsyncIterable<Uint8Array> {
  total = 0;
  private readsAfterEnd = 0;
  constructor(private readonly chunks: AsyncIterable<Uint8Array>) {}

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    const inner = this.chunks[Symbol.asyncIterator]();
    let ended = false;
    return {
      next: async () => {
        if (ended) {
          // A complete file is asked a handful of times at its end; only a stuck parser asks this often.
          if (++this.readsAfterEnd > 20) throw new Error(`unexpected end of data after ${this.total} bytes (truncated file?)`);
          return { done: true, value: undefined };
        }
        const next = await inner.next();
        if (next.done) ended = true;
        else this.total += next.value.length;
        return next;
      },
      return: async () => {
        ended = true;
        await inner.return?.();
        return { done: true, value: undefined };
      },
    };
  }
}
