// Worker thread entry: builds the coder from the spec it is given, then codes one article per message.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArticleInput } from '../core/index.js';
import { buildCoder, type CoderSpec } from './coder-spec.js';

interface Job {
  id: number;
  input: ArticleInput;
}

const port = parentPort!;
buildCoder(workerData as CoderSpec).then(
  (coder) => {
    port.on('message', (job: Job) => {
      try {
        port.postMessage({ id: job.id, coded: coder.code(job.input) });
      } catch (err) {
        port.postMessage({ id: job.id, error: (err as Error).message });
      }
    });
    port.postMessage({ ready: true });
  },
  (err: Error) => port.postMessage({ fatal: err.message }),
);
