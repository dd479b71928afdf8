/**
 * Whether bytes look binary rather than text: a NUL byte, or many control characters, in the first 8 KB.
 * UTF-16 text (which has NULs) is recognised by its byte-order mark and not called binary.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    // Tab, LF, FF, CR and ESC (some legacy encodings) are text; other C0 controls are not.
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}
