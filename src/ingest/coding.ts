import type { ArticleInput, CodedArticle, Coder } from '../core/index.js';

/**
 * Where articles get coded: in this thread, or in a pool of worker threads. The pipeline does not
 * care which; it keeps `parallelism` articles in flight and stores results in input order.
 */
export interface CodingService {
  readonly parallelism: number;
  code(input: ArticleInput): Promise<CodedArticle>;
  close(): Promise<void>;
}

/** Codes in the calling thread: no start-up cost, one core. */
export function inProcessCoding(coder: Coder): CodingService {
  return {
    parallelism: 1,
    async code(input) {
      return coder.code(input);
    },
    async close() {},
  };
}
