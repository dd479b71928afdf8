/**
 * @module
 * Event exports: GDELT 2.0 Event TSV (61 columns, no header), JSONL with evidence, CSV with a header,
 * and Parquet when the optional DuckDB package is installed. Text formats stream row by row.
 */
import type { EventRecord } from '../stores/index.js';
import { csvHeader, csvRow } from './csv.js';
import { gdeltRow } from './gdelt.js';
import { jsonlRow } from './jsonl.js';

export { GDELT_COLUMNS, gdeltRow } from './gdelt.js';
export { csvHeader, csvRow, csvField } from './csv.js';
export { jsonlRow } from './jsonl.js';
export { FLAT_COLUMNS, type FlatColumn } from './flat-columns.js';
export { writeParquet, loadDuckDb, tempParquetPath, MissingDependencyError, DUCKDB_PACKAGE } from './parquet.js';

export const EXPORT_FORMATS = ['gdelt', 'jsonl', 'csv', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A streaming text format: an optional header and one string per event. */
export interface TextFormat {
  header: string;
  row(e: EventRecord): string;
  /** The rows need every mention (JSONL), not just the first. */
  withMentions: boolean;
}

export const TEXT_FORMATS: Record<Exclude<ExportFormat, 'parquet'>, TextFormat> = {
  gdelt: { header: '', row: gdeltRow, withMentions: false },
  jsonl: { header: '', row: jsonlRow, withMentions: true },
  csv: { header: csvHeader(), row: csvRow, withMentions: false },
};
