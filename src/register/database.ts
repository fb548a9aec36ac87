// The register's file: one SQLite database beside congvan.config.yaml, through better-sqlite3
// (synchronous, transactions with BEGIN IMMEDIATE, the online backup API). It is loaded only
// by the commands that number or read the register, so `congvan build` stays fast without it.
//
// Crash safety is SQLite's: a rollback journal (not WAL, which breaks on the network shares
// offices keep registers on) with synchronous=FULL; a process killed mid-write leaves a hot
// journal that the next open rolls back.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { diagnostic, InputError } from '../core/diagnostics';

export type Db = BetterSqlite3.Database;

export const REGISTER_FILE = 'so-van-ban-di.sqlite';

/** "CVSD" in the file header: a congvan register, not some other SQLite file. */
const APPLICATION_ID = 0x43565344;
/** Raised when the tables change; an older congvan refuses a newer file instead of damaging it. */
export const SCHEMA_VERSION = 1;

const SCHEMA = `
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

export const registerPathFor = (configFile: string): string => join(dirname(configFile), REGISTER_FILE);

/**
 * Opens (with `create`, creates) the register. Refuses a file that is not a congvan register,
 * comes from a newer congvan, or fails SQLite's quick check, with a clear message.
 */
export function openDatabase(path: string, options: { create: boolean }): Db {
  if (!options.create && !existsSync(path)) throw registerError('register-missing', path);
  // require, not import(): the CLI bundle runs in a vm.Script, which has no dynamic import.
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  let db: Db | undefined;
  try {
    db = new Database(path, { timeout: 30_000 });
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.transaction(() => initialise(db!, path)).immediate();
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw registerError('register-corrupt', path);
    return db;
  } catch (error) {
    db?.close();
    throw asRegisterError(error, path);
  }
}

/** A new file gets the tables; an existing one must be ours and not newer. */
function initialise(db: Db, path: string): void {
  const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (tables === 0 && appId === 0) {
    db.exec(SCHEMA);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return;
  }
  if (appId !== APPLICATION_ID) throw registerError('register-foreign', path);
  if (version > SCHEMA_VERSION) throw registerError('register-newer', path, { version, supported: SCHEMA_VERSION });
}

type RegisterErrorCode = 'register-missing' | 'register-corrupt' | 'register-foreign' | 'register-newer' | 'register-busy' | 'register-open';

export function registerError(code: RegisterErrorCode, path: string, args: Record<string, string | number> = {}): InputError {
  return new InputError([diagnostic(code, path, undefined, args)]);
}

/** SQLite's own codes for a damaged, busy or unreachable file become the register's messages. */
export function asRegisterError(error: unknown, path: string): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return registerError('register-corrupt', path);
  if (code.startsWith('SQLITE_BUSY')) return registerError('register-busy', path);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR')) {
    return registerError('register-open', path, { detail: (error as Error).message });
  }
  return error;
}
