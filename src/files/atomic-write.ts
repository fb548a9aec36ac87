// Never a partial output file: write a temp file beside the target, then rename it over.
// A Ctrl-C mid-write removes the temp file (see removeTempFiles). The target is checked first
// (output-target.ts): only a new path or a regular file is replaced, a symbolic link is
// written through, and the replaced file keeps its mode. OS errors name the path (exit 2).
import { chmodSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/diagnostics';
import { isOsError, osErrorDiagnostic } from './os-error';
import { resolveOutputTarget } from './output-target';

const pending = new Set<string>();
let counter = 0;

export function writeFileAtomic(path: string, data: Uint8Array): void {
  const target = resolveOutputTarget(path);
  const temp = join(dirname(target.file), `.${basename(target.file)}.${process.pid}.${++counter}.tmp`);
  pending.add(temp);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    if (target.mode !== undefined) chmodSync(temp, target.mode);
    renameSync(temp, target.file);
  } catch (error) {
    rmSync(temp, { force: true });
    if (isOsError(error)) throw new InputError([osErrorDiagnostic(error, path, true)]);
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
