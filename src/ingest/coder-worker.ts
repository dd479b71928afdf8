// Worker thread entry: builds the coder from the spec it is given, then extracts or codes one item per message.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../core/index.js';
import { extractArticle } from '../extract/index.js';
import type { SourceDocument } from '../sources/source.js';
import { buildCoder, type CoderSpec } from './coder-spec.js';

type Job = { id: number; input: ArticleInput } | { id: number; doc: SourceDocument };

const port = parentPort!;
buildCoder(workerData as CoderSpec).then(
  (coder) => {
    port.on('message', (job: Job) => {
      try {
        port.postMessage('doc' in job ? { id: job.id, result: extractArticle(job.doc) } : { id: job.id, result: coder.code(job.input) });
      } catch (err) {
        port.postMessage({ id: job.id, error: (err as Error).message });
      }
    });
    port.postMessage({ ready: true });
  },
  (err: Error) => port.postMessage({ fatal: err.message }),
);
