/** FNV-1a over UTF-16 code units, 52 bits, as 13 hex digits: stable ids without a crypto import. */
export function hashText(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const hi = (h1 >>> 0) & 0xfffff;
  return hi.toString(16).padStart(5, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
