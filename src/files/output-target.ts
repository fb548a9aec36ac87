// Where an output may be written. `-o` names a new path or an existing regular file; never the
// input itself, a folder, a device, a FIFO or a socket. A symbolic link is written through:
// its target file is replaced (atomically, keeping its mode) and the link stays a link.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { diagnostic, InputError } from '../core/diagnostics';
import { isOsError, osErrorDiagnostic } from './os-error';

export type OutputTarget = {
  /** The file the rename lands on: `path`, or the file a symbolic link points to. */
  file: string;
  /** The permission bits of the file being replaced, kept on the new one. */
  mode?: number;
};

const KINDS = {
  folder: { kind: 'một thư mục', kindEn: 'a folder' },
  fifo: { kind: 'một ống có tên (FIFO)', kindEn: 'a named pipe (FIFO)' },
  socket: { kind: 'một socket', kindEn: 'a socket' },
  device: { kind: 'một thiết bị', kindEn: 'a device' },
  dangling: { kind: 'một liên kết tượng trưng trỏ tới chỗ không có', kindEn: 'a symbolic link to nothing' },
  other: { kind: 'một đối tượng đặc biệt', kindEn: 'a special file' },
} as const;

/** The kind of a non-regular file, for messages; undefined for a regular file. */
export function specialKind(stats: Stats): (typeof KINDS)[keyof typeof KINDS] | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return KINDS.folder;
  if (stats.isFIFO()) return KINDS.fifo;
  if (stats.isSocket()) return KINDS.socket;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return KINDS.device;
  return KINDS.other;
}

/** Checks `path` as an output and says which file a write replaces; throws InputError if refused. */
export function resolveOutputTarget(path: string): OutputTarget {
  let link: Stats;
  try {
    link = lstatSync(path);
  } catch (e) {
    if (isOsError(e) && e.code === 'ENOENT') return { file: path }; // a new file (a missing folder fails at write)
    throw userError(e, path);
  }
  let file = path;
  let stats = link;
  if (link.isSymbolicLink()) {
    try {
      file = realpathSync(path);
      stats = statSync(file);
    } catch (e) {
      if (isOsError(e) && e.code === 'ENOENT') throw refused(path, KINDS.dangling);
      throw userError(e, path);
    }
  }
  const kind = specialKind(stats);
  if (kind) throw refused(path, kind);
  return { file, mode: stats.mode & 0o7777 };
}

/** Refuses an output that is one of the inputs (the same file, also through a link). */
export function refuseInputAsOutput(output: string, inputs: readonly string[] | ReadonlySet<string>): void {
  const ids = Array.isArray(inputs) ? fileIds(inputs) : (inputs as ReadonlySet<string>);
  const id = fileId(output);
  if (id === undefined || !ids.has(id)) return;
  const ext = extname(output);
  const suggestion = join(dirname(output), `${basename(output, ext)}${ext.toLowerCase() === '.docx' ? '-moi' : ''}.docx`);
  throw new InputError([diagnostic('output-is-input', output, undefined, { path: output, suggestion })]);
}

/** The identities (device and inode) of the files that exist among `paths`. */
export function fileIds(paths: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    const id = path === '-' ? undefined : fileId(path);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** `build -` without -o (or `-o -`) on a terminal: binary data would garble it. */
export function refuseTerminal(stream: NodeJS.WritableStream): void {
  if ((stream as { isTTY?: boolean }).isTTY === true) throw new InputError([diagnostic('output-terminal', '-', undefined)]);
}

function fileId(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

function refused(path: string, kind: { kind: string; kindEn: string }): InputError {
  return new InputError([diagnostic('output-not-file', path, undefined, { path, ...kind })]);
}

function userError(e: unknown, path: string): unknown {
  return isOsError(e) ? new InputError([osErrorDiagnostic(e, path)]) : e;
}

/** A single build's output, checked before any work: stdout not a terminal, else a writable target that is not the input. */
export function refuseBadOutput(io: { stdout: NodeJS.WritableStream }, output: string, input: string): void {
  if (output === '-') return refuseTerminal(io.stdout);
  refuseInputAsOutput(output, [input]);
  resolveOutputTarget(output);
}
