// Never a partial output file: write a temp file beside the target, then rename it over.
// A Ctrl-C mid-write removes the temp file (see removeTempFiles).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();
let counter = 0;

export function writeFileAtomic(path: string, data: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  pending.add(temp);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  } finally {
    pending.delete(temp);
  }
}

/** Called on SIGINT/SIGTERM: leaves no temp file behind. */
export function removeTempFiles(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}
