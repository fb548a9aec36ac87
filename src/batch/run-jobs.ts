// Runs a batch's jobs: in this thread for a few, on worker threads (one per core) for many.
// Jobs are handed out a few at a time and results come back as they finish, so memory holds
// only the documents in flight, whatever the size of the batch.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-files';
import { createBuilder, type BuildJob, type BuildSetup, type JobResult } from './build-item';

/** Below this many jobs, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 48;
/** Jobs queued per worker: enough to keep it busy while the main thread writes. */
const IN_FLIGHT = 4;

export type RunOptions = {
  /** Worker threads: 0 = build in this thread; undefined = decide from the batch size. */
  workers?: number;
  /** Called once per job, in completion order; return false to stop handing out jobs. */
  onResult(index: number, result: JobResult): boolean;
};

export function workerCount(jobs: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.min(requested, jobs);
  return jobs < WORKER_THRESHOLD ? 0 : Math.min(availableParallelism(), Math.ceil(jobs / WORKER_THRESHOLD));
}

export async function runJobs(jobs: readonly BuildJob[], setup: BuildSetup, options: RunOptions): Promise<void> {
  const workers = workerCount(jobs.length, options.workers);
  if (workers === 0) return runHere(jobs, setup, options);
  return runOnWorkers(jobs, setup, options, workers);
}

async function runHere(jobs: readonly BuildJob[], setup: BuildSetup, options: RunOptions): Promise<void> {
  const build = createBuilder(setup);
  for (const [index, job] of jobs.entries()) {
    if (!options.onResult(index, await build(job))) return;
    await nextTurn(); // let Ctrl-C be handled between documents
  }
}

function runOnWorkers(jobs: readonly BuildJob[], setup: BuildSetup, options: RunOptions, count: number): Promise<void> {
  const script = join(packageRoot, 'dist', 'batch-worker.cjs');
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = 0;
    let stopped = false;
    let settled = false;
    const slots: { worker: Worker; load: number }[] = [];
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const { worker } of slots) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (slot: { worker: Worker; load: number }) => {
      while (!stopped && next < jobs.length && slot.load < IN_FLIGHT) {
        slot.load++;
        pending++;
        slot.worker.postMessage({ id: next, job: jobs[next] });
        next++;
      }
      if (pending === 0) finish();
    };
    for (let i = 0; i < count; i++) {
      const slot = { worker: new Worker(script, { workerData: setup }), load: 0 };
      slot.worker.on('message', ({ id, result }: { id: number; result: JobResult }) => {
        slot.load--;
        pending--;
        if (!stopped && !options.onResult(id, result)) stopped = true;
        feed(slot);
      });
      slot.worker.on('error', finish);
      slots.push(slot);
    }
    slots.forEach(feed);
  });
}
