export type Line = { number: number; text: string } | { number: number; tooLong: true };

/**
 * Lines of a byte stream (LF or CRLF), numbered from 1, decoded as UTF-8 with bad bytes replaced. Holds at most
 * one line in memory: a line over `maxBytes` is skipped to its end and reported as `tooLong`, so one runaway
 * line cannot exhaust memory.
 */
export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  let number = 0;
  const take = (): Line => {
    number++;
    if (overflow) return { number, tooLong: true };
    const text = decoder.decode(concat(parts, size)).replace(/\r$/, '');
    return { number, text: number === 1 ? text.replace(/^\ufeff/, '') : text };
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      add(chunk.subarray(start, nl));
      yield take();
      parts = [];
      size = 0;
      overflow = false;
      start = nl + 1;
    }
    add(chunk.subarray(start));
  }
  if (size > 0 || overflow) yield take();

  function add(piece: Uint8Array): void {
    if (overflow || piece.length === 0) return;
    if (size + piece.length > maxBytes) {
      overflow = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
