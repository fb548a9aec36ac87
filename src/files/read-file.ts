import { readFileSync } from 'node:fs';
import { diagnostic, InputError } from '../core/diagnostics';

/** A text file the user named; a failure is their problem to fix, reported as such. */
export function readTextFile(path: string): string {
  return readUserFile(path).toString('utf8');
}

/** The bytes of a file the user named (data files may carry a BOM or another encoding). */
export function readUserFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError([diagnostic('file-read', path, undefined, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
}
