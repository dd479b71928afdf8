import { createHash } from 'node:crypto';

/**
 * Exact-content key: SHA-256 of the text with Unicode composed (NFC) and whitespace runs folded to
 * one space, so the same article re-wrapped or re-indented is still the same content. Anything more
 * (case, punctuation, small edits) is the near-duplicate detector's job.
 */
export function contentHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}
