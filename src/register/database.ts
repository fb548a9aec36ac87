// The register's file: one SQLite database beside congvan.config.yaml, through better-sqlite3
// (synchronous, transactions with BEGIN IMMEDIATE, the online backup API). It is loaded only
// by the commands that number or read the register, so `congvan build` stays fast without it.
//
// Crash safety is SQLite's: a rollback journal (not WAL, which breaks on the network shares
// offices keep registers on) with synchronous=FULL; a process killed mid-write leaves a hot
// journal that the next open rolls back.
//
// A register is only ever created on purpose (`register init`, `init --config`). Opening one
// checks the file's header first, so a missing, empty, truncated or foreign file is refused and
// left exactly as it is: SQLite would otherwise turn an empty file into a fresh register and
// numbering would silently restart at 01.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { diagnostic, InputError } from '../core/diagnostics';

export type Db = BetterSqlite3.Database;

export const REGISTER_FILE = 'so-van-ban-di.sqlite';

/** "CVSD" in the file header: a congvan register, not some other SQLite file. */
const APPLICATION_ID = 0x43565344;
/** Raised when the tables change; an older congvan refuses a newer file instead of damaging it. */
export const SCHEMA_VERSION = 2;

const ENTRIES = `
CREATE TABLE entries (
  id          INTEGER PRIMARY KEY,
  term        TEXT    NOT NULL,              -- nhiệm kỳ
  type_code   TEXT    NOT NULL,              -- CV, QĐ …: numbers run per type per term
  number      INTEGER NOT NULL CHECK (number > 0),
  ky_hieu     TEXT    NOT NULL,              -- 05-CV/ĐUK
  doc_type    TEXT    NOT NULL,              -- cong-van
  date        TEXT    NOT NULL,              -- yyyy-MM-dd
  subject     TEXT    NOT NULL,              -- trích yếu
  signer      TEXT    NOT NULL,
  recipients  TEXT    NOT NULL,              -- JSON array of lines
  output      TEXT,
  sha256      TEXT,
  source      TEXT,                          -- the input file, relative to the register
  status      TEXT    NOT NULL CHECK (status IN ('reserved', 'issued', 'cancelled')),
  reason      TEXT,
  imported    INTEGER NOT NULL DEFAULT 0,
  entered_at  TEXT    NOT NULL
);
-- congvan never hands out a number twice; an imported older register may hold duplicates,
-- which \`register check\` reports.
CREATE UNIQUE INDEX entries_number ON entries (term, type_code, number) WHERE imported = 0;
CREATE INDEX entries_source ON entries (source);
`;

/** Version 2: every change of an entry is kept, and an issued entry's description is fixed. */
const HISTORY = `
CREATE TABLE history (
  id        INTEGER PRIMARY KEY,
  entry_id  INTEGER NOT NULL REFERENCES entries (id),
  at        TEXT    NOT NULL,
  event     TEXT    NOT NULL,              -- reserved, updated, issued, reissued, cancelled, imported
  detail    TEXT                           -- JSON: {field: [before, after]}
);
CREATE INDEX history_entry ON history (entry_id);
-- The code never does these; the triggers make sure no future code (or a hand edit through
-- congvan) can either.
CREATE TRIGGER issued_entry_fixed BEFORE UPDATE OF term, type_code, number, ky_hieu, doc_type, date, subject, signer, recipients, source ON entries
  WHEN OLD.status = 'issued' BEGIN SELECT RAISE(ABORT, 'an issued entry cannot change'); END;
CREATE TRIGGER entry_kept BEFORE DELETE ON entries BEGIN SELECT RAISE(ABORT, 'entries are never deleted'); END;
CREATE TRIGGER history_kept BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is never deleted'); END;
`;

export const registerPathFor = (configFile: string): string => join(dirname(configFile), REGISTER_FILE);

const loadDriver = (): typeof BetterSqlite3 => {
  // require, not import(): the CLI bundle runs in a vm.Script, which has no dynamic import.
  try {
    return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  } catch (error) {
    throw nativeModuleError(error);
  }
};

/**
 * Opens the register. `create` makes a new one and refuses to touch an existing file; without
 * it the file must already be a congvan register. `readonly` is for a backup being restored.
 */
export function openDatabase(path: string, options: { create: boolean; readonly?: boolean }): Db {
  if (options.create && existsSync(path)) throw registerError('register-exists', path);
  if (!options.create) refuseBadFile(path);
  const Database = loadDriver();
  let db: Db | undefined;
  try {
    db = new Database(path, { timeout: 30_000, fileMustExist: !options.create, readonly: options.readonly === true });
    if (!options.readonly) {
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      db.transaction(() => (options.create ? create(db!) : upgrade(db!, path))).immediate();
    } else {
      checkVersion(db, path);
    }
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw registerError('register-corrupt', path);
    return db;
  } catch (error) {
    db?.close();
    throw asRegisterError(error, path);
  }
}

function create(db: Db): void {
  db.exec(ENTRIES + HISTORY);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

/** An existing file must be ours and not newer; version 1 gets the history table. */
function upgrade(db: Db, path: string): void {
  const version = checkVersion(db, path);
  if (version < 2) {
    db.exec(HISTORY);
    db.pragma('user_version = 2');
  }
}

function checkVersion(db: Db, path: string): number {
  if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw registerError('register-foreign', path);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) throw registerError('register-newer', path, { version, supported: SCHEMA_VERSION });
  return version;
}

/**
 * Reads the 100-byte SQLite header before SQLite sees the file: missing, empty, not SQLite,
 * shorter than the page count it declares, or another program's database.
 */
export function refuseBadFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw registerError('register-missing', path);
    throw registerError('register-open', path, { detail: (error as Error).message });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw registerError('register-foreign', path);
    if (stat.size === 0) throw registerError('register-empty', path);
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 100 || header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') throw registerError('register-corrupt', path);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65_536 : raw;
    const pages = header.readUInt32BE(28);
    if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0) throw registerError('register-corrupt', path);
    if (stat.size % pageSize !== 0 || stat.size < pageSize * pages) throw registerError('register-truncated', path);
    if (header.readUInt32BE(68) !== APPLICATION_ID) throw registerError('register-foreign', path);
  } finally {
    closeSync(fd);
  }
}

type RegisterErrorCode =
  | 'register-missing' | 'register-exists' | 'register-empty' | 'register-truncated' | 'register-corrupt'
  | 'register-foreign' | 'register-newer' | 'register-busy' | 'register-open' | 'register-write';

export function registerError(code: RegisterErrorCode, path: string, args: Record<string, string | number> = {}): InputError {
  return new InputError([diagnostic(code, path, undefined, args)]);
}

/** SQLite's own codes for a damaged, busy or unreachable file become the register's messages. */
export function asRegisterError(error: unknown, path: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return registerError('register-corrupt', path);
  if (code.startsWith('SQLITE_BUSY')) return registerError('register-busy', path);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL') {
    return registerError('register-open', path, { detail: (error as Error).message });
  }
  if (code.startsWith('SQLITE_')) return registerError('register-write', path, { detail: (error as Error).message });
  return nativeModuleError(error);
}

/**
 * better-sqlite3 is a native addon built for one Node version (its ABI). After a Node upgrade
 * it fails to load; say what happened and how to fix it instead of an internal error.
 */
export function nativeModuleError(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const dlopen = (error as { code?: string }).code === 'ERR_DLOPEN_FAILED';
  if (!dlopen && !/NODE_MODULE_VERSION|Could not locate the bindings file/.test(message)) return error;
  const found = /NODE_MODULE_VERSION (\d+)[\s\S]*?NODE_MODULE_VERSION (\d+)/.exec(message);
  return new InputError([
    diagnostic('native-module', 'better-sqlite3', undefined, {
      node: process.versions.node,
      detail: found ? `ABI ${found[1]} ≠ ${found[2]}` : message.split('\n')[0]!.slice(0, 120),
    }),
  ]);
}
