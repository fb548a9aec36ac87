import { readFileSync } from 'node:fs';
import { diagnostic, InputError } from '../core/diagnostics';
import { decodeText } from './decode-text';

/**
 * A text file the user named; a failure is their problem to fix, reported as such. Unicode
 * (UTF-8/16/32) is detected; other bytes need `encoding` (--encoding) or are refused.
 */
export function readTextFile(path: string, encoding?: string): string {
  return decodeText(readUserFile(path), path, encoding);
}

/** The bytes of a file the user named (data files may carry a BOM or another encoding). */
export function readUserFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError([diagnostic('file-read', path, undefined, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })]);
  }
}
