import { createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleInput, CodedArticle } from '../../core/index.js';
import { extractArticle } from '../../extract/index.js';
import type { SourceDocument } from '../../sources/source.js';
import { parse, UsageError } from '../args.js';
import type { Command } from '../main.js';
import { CODER_FLAGS, makeCoder } from '../coder-options.js';
import { formatCoded, type CodedFormat } from '../format-coded.js';

const FORMATS = ['json', 'jsonl', 'tsv', 'table'] as const;

export const command: Command = {
  summary: 'Codes articles into events. FILE is a text, HTML or JSON article file, or - for standard input; --in reads JSONL, one article per line.',
  usage: [
    'usage: dyad code FILE|- [--published YYYY-MM-DD] [--title T] [--id ID] [--format json|jsonl|tsv|table]',
    '       dyad code --in FILE.jsonl|- [--format jsonl|tsv|table]',
    '  --dictionaries DIR   load extra dictionaries (ours or PETRARCH/TABARI format) from DIR',
    '  --replace-dictionaries  use only --dictionaries, not the bundled ones',
    '  --gazetteer small|full  place database (default full: GeoNames cities500)',
    '  --debug              print what each stage found, on standard error',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(argv, {
      published: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
      format: { type: 'string' },
      in: { type: 'string' },
      ...CODER_FLAGS,
      debug: { type: 'boolean' },
    });
    const format = (values.format ?? (values.in ? 'jsonl' : 'json')) as CodedFormat;
    if (!FORMATS.includes(format as never)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (values.published && !/^\d{4}-\d{2}-\d{2}/.test(values.published)) throw new UsageError('--published must be YYYY-MM-DD');
    const coder = await makeCoder({
      dictionaries: values.dictionaries,
      replace: values['replace-dictionaries'] ?? false,
      gazetteer: values.gazetteer,
      debug: values.debug ?? false,
    });
    const out = (s: string) => process.stdout.write(s);
    if (values.in) {
      if (positionals.length) throw new UsageError('give either FILE or --in, not both');
      return codeJsonl(values.in, (a) => coder.code(a), format, out);
    }
    const file = positionals[0];
    if (!file) throw new UsageError('missing FILE (or - for standard input)');
    if (positionals.length > 1) throw new UsageError('one FILE at a time; use --in for many articles');
    const base = file === '-' ? { text: readFileSync(0, 'utf8') } : readArticleFile(file);
    const article: ArticleInput = {
      ...base,
      ...(values.id ? { id: values.id } : {}),
      ...(values.title ? { title: values.title } : {}),
      ...(values.published ? { published: values.published } : {}),
      ...(file !== '-' ? { file } : {}),
    };
    const coded = coder.code(article);
    for (const w of coded.warnings) console.error(`dyad code: ${file}: ${w}`);
    out(formatCoded([coded], format, { header: true }));
    return 0;
  },
};

/**
 * A text file as it is; an HTML page through the same extraction as `dyad ingest` (article text,
 * title, the page's own publication date); a .json file as one article object ({"text",
 * "published", "title", "id"} or {"html", ...}). Flags given on the command line win.
 */
function readArticleFile(file: string): ArticleInput {
  const body = readText(file);
  const ext = extname(file).toLowerCase();
  const contentType = ext === '.json' ? 'application/json' : ext === '.html' || ext === '.htm' || ext === '.xhtml' ? 'text/html' : null;
  if (!contentType) return { text: body };
  const doc: SourceDocument = { kind: 'document', ref: file, url: null, source: 'files', contentType, body, meta: {}, fetchedAt: new Date(0).toISOString() };
  const extracted = extractArticle(doc);
  if (!extracted.text.trim()) throw new Error(`${file}: ${extracted.warnings[0] ?? 'no article text found'}`);
  const record = contentType === 'application/json' ? (JSON.parse(body) as { id?: unknown }) : {};
  return {
    text: extracted.text,
    ...(typeof record.id === 'string' ? { id: record.id } : {}),
    ...(extracted.title ? { title: extracted.title } : {}),
    // Without a stated date there is none: the file's age says nothing about the news.
    ...(extracted.publishedFrom !== 'fetch-time' ? { published: extracted.published } : {}),
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new Error(e.code === 'ENOENT' ? `${file}: no such file` : e.code === 'EISDIR' ? `${file}: is a directory (use dyad ingest for directories)` : `${file}: ${e.message}`);
  }
}

/** One JSON object per line in, one coded article per line out, in order; bad lines are reported and skipped. */
async function codeJsonl(path: string, code: (a: ArticleInput) => CodedArticle, format: CodedFormat, out: (s: string) => void): Promise<number> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let failed = 0;
  let first = true;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const where = `${path === '-' ? 'stdin' : path}:${n}`;
      let article: ArticleInput;
      try {
        article = toArticle(JSON.parse(line));
      } catch (err) {
        failed++;
        console.error(`dyad code: ${where}: ${(err as Error).message}`);
        continue;
      }
      const coded = code(article);
      for (const w of coded.warnings) console.error(`dyad code: ${where}: ${w}`);
      out(formatCoded([coded], format, { header: first }));
      first = false;
    }
  } catch (err) {
    throw new Error(`${path}: ${(err as Error).message}`);
  }
  if (failed) console.error(`dyad code: ${failed} of ${n} lines failed`);
  return failed ? 1 : 0;
}

function toArticle(v: unknown): ArticleInput {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('expected a JSON object with a "text" field');
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new Error('missing "text" (a string)');
  for (const k of ['id', 'title', 'published'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') throw new Error(`"${k}" must be a string`);
  }
  if (o.published !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(o.published as string)) throw new Error('"published" must be YYYY-MM-DD');
  return o as ArticleInput;
}
