/** How a file is read, by its name; null for names we do not read. */
export type FileKind = 'text' | 'html' | 'json' | 'jsonl' | 'warc';

const BY_SUFFIX: ReadonlyArray<[RegExp, FileKind]> = [
  [/\.warc(\.gz)?$/i, 'warc'],
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
  [/\.json$/i, 'json'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.(txt|text)$/i, 'text'],
];

export function fileKind(name: string): FileKind | null {
  for (const [re, kind] of BY_SUFFIX) if (re.test(name)) return kind;
  return null;
}
