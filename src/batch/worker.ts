// Worker thread of a large batch: builds the jobs it is sent and returns the bytes (moved,
// not copied). Files are written by the main thread, which alone can clean up on Ctrl-C.
import { parentPort, workerData } from 'node:worker_threads';
import { createBuilder, type BuildJob, type BuildSetup } from './build-item';

const build = createBuilder(workerData as BuildSetup);

parentPort!.on('message', async ({ id, job }: { id: number; job: BuildJob }) => {
  const result = await build(job);
  const transfer = result.ok && result.bytes.byteLength === result.bytes.buffer.byteLength ? [result.bytes.buffer as ArrayBuffer] : [];
  parentPort!.postMessage({ id, result }, transfer);
});
