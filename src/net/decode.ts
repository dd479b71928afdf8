import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from './windows-1252.js';

/**
 * Bytes to text, choosing the encoding the way browsers do: a byte-order mark wins, then the charset the
 * server sent, then a declaration in the document (`<meta charset>`, `<meta http-equiv>`, `<?xml encoding>`),
 * then UTF-8. Undeclared bytes that are not valid UTF-8 are read as windows-1252, which is what old
 * latin-1 pages almost always are. Never throws: invalid sequences become U+FFFD.
 */
export function decodeBody(bytes: Uint8Array, declaredCharset?: string | null): string {
  const bom = sniffBom(bytes);
  if (bom) return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  const label = declaredCharset ?? sniffDeclaredCharset(bytes);
  if (label) {
    const decoder = decoderFor(label);
    if (decoder) return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** The encoding a document declares in its first bytes, or null. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!.toLowerCase();
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}

function sniffBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** A decoder for a declared label; null for a label we do not know (then the bytes decide). */
function decoderFor(label: string): TextDecoder | null {
  try {
    const decoder = new TextDecoder(label);
    // A UTF-16 declaration readable as ASCII without a BOM is wrong (HTML spec): the bytes decide.
    return decoder.encoding.startsWith('utf-16') ? null : decoder;
  } catch {
    return null;
  }
}
