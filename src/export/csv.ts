import type { EventRecord } from '../stores/index.js';
import { FLAT_COLUMNS } from './flat-columns.js';

/** RFC 4180 CSV with a header row, CRLF line ends. */
export function csvHeader(): string {
  return `${FLAT_COLUMNS.map((c) => c.name).join(',')}\r\n`;
}

export function csvRow(e: EventRecord): string {
  return `${FLAT_COLUMNS.map((c) => csvField(c.get(e), c.type === 'text')).join(',')}\r\n`;
}

/**
 * A field quoted when it holds a comma, quote or line break. Article text is untrusted: a text field
 * that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function csvField(v: string | number | null, text: boolean): string {
  if (v === null) return '';
  let s = String(v);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
