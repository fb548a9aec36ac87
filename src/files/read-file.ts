import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { diagnostic, InputError } from '../core/diagnostics';
import { decodeText } from './decode-text';
import { isOsError, osErrorDiagnostic } from './os-error';
import { specialKind } from './output-target';

/** The largest input file read (YAML, data, .docx): far above any real document, low enough to bound the work. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * A text file the user named; a failure is their problem to fix, reported as such. Unicode
 * (UTF-8/16/32) is detected; other bytes need `encoding` (--encoding) or are refused.
 */
export function readTextFile(path: string, encoding?: string): string {
  return decodeText(readUserFile(path), path, encoding);
}

/**
 * The bytes of a file the user named (data files may carry a BOM or another encoding).
 * Only a regular file is read (not /dev/zero, a FIFO or a socket), and at most MAX_INPUT_BYTES.
 */
export function readUserFile(path: string): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw readError(e, path);
  }
  try {
    const stats = fstatSync(fd);
    const kind = specialKind(stats);
    if (kind) throw new InputError([diagnostic('input-not-file', path, undefined, { path, ...kind })]);
    if (stats.size > MAX_INPUT_BYTES) throw tooLarge(path);
    const buffer = Buffer.allocUnsafe(Math.min(stats.size + 1, MAX_INPUT_BYTES + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) throw tooLarge(path); // it grew while being read
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } catch (e) {
    throw readError(e, path);
  } finally {
    closeSync(fd);
  }
}

/** The cap for messages: "16 MiB". */
export function formatLimit(bytes: number = MAX_INPUT_BYTES): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

function tooLarge(path: string): InputError {
  return new InputError([diagnostic('input-too-large', path, undefined, { path, limit: formatLimit() })]);
}

function readError(e: unknown, path: string): unknown {
  if (e instanceof InputError) return e;
  if (isOsError(e)) {
    // The historical code `file-read` stays for a missing file; other OS errors name the reason.
    if (e.code === 'ENOENT' || e.code === 'EISDIR') return new InputError([diagnostic('file-read', path, undefined, { detail: e.code })]);
    return new InputError([osErrorDiagnostic(e, path)]);
  }
  return e;
}
