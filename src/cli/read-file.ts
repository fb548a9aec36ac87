import { readFileSync } from 'node:fs';
import { diagnostic, InputError } from '../core/diagnostics';

/** A text file the user named; a failure is their problem to fix, reported as such. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError([diagnostic('file-read', path, undefined, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
}
