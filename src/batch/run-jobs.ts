// Runs a batch's jobs: in this thread for a few; for many, on one worker thread per core,
// taking jobs from one queue, while this thread only writes the files. Jobs are handed out a
// few at a time and results come back as they finish, so memory holds only the documents in
// flight, whatever the size of the batch. (This thread building too was no faster on two
// cores, and its heap, which cannot be limited, grew with the batch.)
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-files';
import { InputError } from '../core/diagnostics';
import { createBuilder, type BuildJob, type BuildSetup, type JobResult, type WriteItem } from './build-item';
import type { FromWorker, ToWorker } from './worker';
import { collectGarbageNow } from './collect-garbage';

/** Below this many jobs, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 48;
/** Jobs queued per worker: enough to keep it busy while this thread writes files. */
const IN_FLIGHT = 2;

export type RunOptions = {
  /** Worker threads: 0 = build in this thread; undefined = decide from the batch size. */
  workers?: number;
  /** Writes a job's document (on this thread, for workers too). */
  write: WriteItem;
  /** Called once per job, in completion order; return false to stop handing out jobs. */
  onResult(index: number, result: JobResult): boolean;
};

/** Worker threads to start: none for a small batch, else one per core. */
export function workerCount(jobs: number, requested: number | undefined): number {
  if (requested !== undefined) return Math.min(requested, jobs);
  return jobs < WORKER_THRESHOLD ? 0 : availableParallelism();
}

export async function runJobs(jobs: readonly BuildJob[], setup: BuildSetup, options: RunOptions): Promise<void> {
  const queue = { next: 0, stopped: false };
  const take = (): number | undefined => (queue.stopped || queue.next >= jobs.length ? undefined : queue.next++);
  const report = (index: number, result: JobResult) => {
    if (!queue.stopped && !options.onResult(index, result)) queue.stopped = true;
  };
  const workers = workerCount(jobs.length, options.workers);
  if (workers === 0) await buildHere(jobs, setup, options.write, take, report);
  else {
    const reportAndCollect: Report = (index, result) => {
      report(index, result);
      collectGarbageNow();
    };
    await Promise.all(Array.from({ length: workers }, () => buildOnWorker(jobs, setup, options.write, take, reportAndCollect)));
  }
}

type Take = () => number | undefined;
type Report = (index: number, result: JobResult) => void;

async function buildHere(jobs: readonly BuildJob[], setup: BuildSetup, write: WriteItem, take: Take, report: Report, first: readonly number[] = []): Promise<void> {
  const build = createBuilder(setup, write);
  const next = () => (first.length > 0 ? (first as number[]).shift() : take());
  for (let index = next(); index !== undefined; index = next()) {
    report(index, await build(index, jobs[index]!));
    await nextTurn(); // let Ctrl-C be handled between documents
  }
}

/**
 * One worker's share of the queue. A worker has a small heap; a document too large for it
 * (ERR_WORKER_OUT_OF_MEMORY) is built again in this thread, which then takes the worker's
 * place, so one huge document does not stop the batch.
 */
async function buildOnWorker(jobs: readonly BuildJob[], setup: BuildSetup, write: WriteItem, take: Take, report: Report): Promise<void> {
  const script = join(packageRoot, 'dist', 'batch-worker.cjs');
  // Small heaps: a worker holds one template and a few documents at a time; V8 would
  // otherwise let garbage grow far past that before collecting it.
  const worker = new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 24 } });
  const inFlight = new Set<number>();
  const outOfMemory = await new Promise<boolean>((resolve, reject) => {
    const feed = () => {
      for (let index = inFlight.size < IN_FLIGHT ? take() : undefined; index !== undefined; index = inFlight.size < IN_FLIGHT ? take() : undefined) {
        inFlight.add(index);
        worker.postMessage({ id: index, job: jobs[index]! } satisfies ToWorker);
      }
      if (inFlight.size === 0) void worker.terminate().then(() => resolve(false));
    };
    worker.on('message', (message: FromWorker) => {
      if ('write' in message) {
        const { id } = message;
        const answer = (reply: ToWorker) => worker.postMessage(reply);
        write(id, message.write).then(
          (written) => answer({ id, written }),
          (error: unknown) => answer({ id, writeFailed: error instanceof InputError ? [...error.diagnostics] : String(error) }),
        );
        return;
      }
      inFlight.delete(message.id);
      report(message.id, message.result);
      feed();
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      void worker.terminate();
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve(true);
      else reject(error);
    });
    feed();
  });
  if (outOfMemory) await buildHere(jobs, setup, write, take, report, [...inFlight].sort((a, b) => a - b));
}
