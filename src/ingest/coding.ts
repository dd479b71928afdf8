import type { ArticleInput, CodedArticle, Coder } from '../core/index.js';
import { extractArticle, type ExtractedArticle } from '../extract/index.js';
import type { SourceDocument } from '../sources/source.js';

/**
 * Where the CPU-heavy steps run: extraction (HTML parsing, often the most expensive step) and coding,
 * in this thread or in a pool of worker threads. The pipeline does not care which; it keeps
 * `2 × parallelism` items in flight and stores results in input order.
 */
export interface CodingService {
  readonly parallelism: number;
  /** Optional: without it the pipeline extracts in its own thread. */
  extract?(doc: SourceDocument): Promise<ExtractedArticle>;
  code(input: ArticleInput): Promise<CodedArticle>;
  close(): Promise<void>;
}

/** Extracts and codes in the calling thread: no start-up cost, one core. */
export function inProcessCoding(coder: Coder): CodingService {
  return {
    parallelism: 1,
    async extract(doc) {
      return extractArticle(doc);
    },
    async code(input) {
      return coder.code(input);
    },
    async close() {},
  };
}
