/**
 * windows-1252, which the web means by "latin1" and "iso-8859-1". Node 20's TextDecoder decodes that label as
 * ISO-8859-1 proper, so curly quotes, dashes and the euro sign (bytes 0x80–0x9F) come out as C1 control codes;
 * this maps those 32 bytes to what browsers show.
 */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (const b of part) s += b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}
