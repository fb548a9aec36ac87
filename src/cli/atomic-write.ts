// Never a partial output file: write a temp file beside the target, then rename it over.
// A Ctrl-C mid-write removes the temp file (see removeTempFiles).
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();

export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
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
