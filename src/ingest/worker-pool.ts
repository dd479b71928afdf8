import { Worker } from 'node:worker_threads';
import type { ArticleInput, CodedArticle } from '../core/index.js';
import type { ExtractedArticle } from '../extract/index.js';
import type { SourceDocument } from '../sources/source.js';
import type { CoderSpec } from './coder-spec.js';
import type { CodingService } from './coding.js';

interface Pending {
  resolve(c: unknown): void;
  reject(e: Error): void;
}

/**
 * Extracts and codes in `threads` worker threads, each with its own coder (dictionaries and gazetteer
 * are built once per thread: with the full gazetteer that is ~1.5 s and ~150 MB each). Jobs go to the
 * least busy worker. Resolves once every worker has built its coder.
 */
export async function workerPoolCoding(spec: CoderSpec, threads: number): Promise<CodingService> {
  const url = new URL('./coder-worker.js', import.meta.url);
  const workers = Array.from({ length: threads }, () => ({ worker: new Worker(url, { workerData: spec }), busy: 0 }));
  const pending = new Map<number, Pending>();
  let next = 1;
  let failure: Error | null = null;
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.worker.once('error', reject);
          w.worker.on('message', (m: { ready?: true; fatal?: string; id?: number; result?: unknown; error?: string }) => {
            if (m.ready) return resolve();
            if (m.fatal) return reject(new Error(`coder worker: ${m.fatal}`));
            const p = pending.get(m.id!);
            if (!p) return;
            pending.delete(m.id!);
            w.busy--;
            if (m.error !== undefined) p.reject(new Error(m.error));
            else p.resolve(m.result);
          });
        }),
    ),
  ).catch(async (err: Error) => {
    await Promise.all(workers.map((w) => w.worker.terminate()));
    throw err;
  });
  for (const w of workers) {
    w.worker.on('error', (err) => {
      failure = err;
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  const submit = <T>(job: { input: ArticleInput } | { doc: SourceDocument }): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const w = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = next++;
    w.busy++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.worker.postMessage({ id, ...job });
    });
  };
  return {
    parallelism: threads,
    extract: (doc) => submit<ExtractedArticle>({ doc }),
    code: (input) => submit<CodedArticle>({ input }),
    async close() {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
