/**
 * @module
 * The work queue for many coding workers, in PostgreSQL: jobs, leases, retries with backoff, and the
 * worker loop. Why our own small queue rather than pg-boss or graphile-worker: docs/deploy.md.
 */
export type { Job, JobKind, JobSpec, JobState, Outcome, QueueStats } from './job.js';
export { createQueue, type Queue, type QueueOptions } from './pg-queue.js';
export { runWorker, type WorkerOptions, type WorkerSummary, type JobReport } from './worker.js';
export { handleJob, fromItem, transient, type JobContext } from './handle-job.js';
export { jobContext } from './job-context.js';
export { documentJob, pageJob, sourceJob } from './job-keys.js';
export { retryDelayMs, type BackoffOptions } from './backoff.js';
export { jobsForArgs, urlList, type EnqueuePlan } from './enqueue-args.js';
export { enqueueFeedPolls, watchIntoQueue, type WatchRound } from './feed-polls.js';
export { pgValidatorCache } from './validator-cache.js';
export { emptyTimings, type Timings } from './timings.js';
