// Worker thread of a large batch: runs the pipeline for the jobs it is sent. Its write step
// hands the bytes to the main thread, which alone writes files (and can clean up on Ctrl-C),
// and waits for the path, so a numbered document is confirmed in the register only once its
// file is in place.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError, type Diagnostic } from '../core/diagnostics';
import { createBuilder, type BuildJob, type BuildSetup } from './build-item';

export type ToWorker = { id: number; job: BuildJob } | { id: number; written: string } | { id: number; writeFailed: Diagnostic[] | string };
export type FromWorker = { id: number; write: Uint8Array } | { id: number; result: import('./build-item').JobResult };

const waiting = new Map<number, { resolve(path: string): void; reject(error: Error): void }>();

const build = createBuilder(workerData as BuildSetup, (id, bytes) =>
  new Promise<string>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    parentPort!.postMessage({ id, write: bytes } satisfies FromWorker);
  }),
);

parentPort!.on('message', async (message: ToWorker) => {
  if ('job' in message) {
    const result = await build(message.id, message.job);
    return parentPort!.postMessage({ id: message.id, result } satisfies FromWorker);
  }
  const pending = waiting.get(message.id)!;
  waiting.delete(message.id);
  if ('written' in message) pending.resolve(message.written);
  else pending.reject(typeof message.writeFailed === 'string' ? new Error(message.writeFailed) : new InputError(message.writeFailed));
});
