// The outgoing register (sổ văn bản đi): numbers per type per term, handed out inside a
// write transaction (BEGIN IMMEDIATE), so parallel builds never get the same number.
//
// An issued entry is fixed: its description (term, type, number, ký hiệu, date, trích yếu,
// signer, recipients, input file) never changes. Rebuilding its input with a different
// description is refused (IssuedChanged); only an identical rebuild may record a new file or
// sha256. Every change of an entry is written to its history.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { asRegisterError, openDatabase, type Db } from './database';

export type Status = 'reserved' | 'issued' | 'cancelled';

export type Entry = {
  id: number;
  term: string;
  typeCode: string;
  number: number;
  kyHieu: string;
  docType: string;
  date: string;
  subject: string;
  signer: string;
  recipients: string[];
  output: string | null;
  sha256: string | null;
  source: string | null;
  status: Status;
  reason: string | null;
  imported: boolean;
  enteredAt: string;
};

/** What a build knows before it has a number; the ký hiệu is made once the number is known. */
export type Request = Pick<Entry, 'term' | 'typeCode' | 'docType' | 'date' | 'subject' | 'signer' | 'recipients' | 'source'> & {
  kyHieuFor(serial: string): string;
};

export type HistoryEvent = 'reserved' | 'updated' | 'issued' | 'reissued' | 'cancelled' | 'imported';
export type HistoryItem = { at: string; event: HistoryEvent; detail: Record<string, [unknown, unknown]> | null };

/** The fields that describe an issued document; a rebuild may not change them. */
const IDENTITY = ['term', 'typeCode', 'kyHieu', 'docType', 'date', 'subject', 'signer', 'recipients'] as const;
export type IdentityField = (typeof IDENTITY)[number];

/** A rebuild of an issued document's input whose description changed: refused, nothing written. */
export class IssuedChanged extends Error {
  constructor(readonly entry: Entry, readonly fields: IdentityField[]) {
    super(`${entry.kyHieu} is issued; changed: ${fields.join(', ')}`);
    this.name = 'IssuedChanged';
  }
}

export const BACKUP_FOLDER = 'so-van-ban-di.sao-luu';
/** Daily backups kept; older ones are removed (before-import and before-restore copies are kept). */
const DAILY_KEPT = 31;

export type Filter = { term?: string; typeCode?: string; from?: string; to?: string; text?: string };

/** Numbers below 10 are written 01–09 (docs/standard.md §3.3). */
export const serial = (n: number): string => String(n).padStart(2, '0');

type Row = Omit<Entry, 'typeCode' | 'kyHieu' | 'docType' | 'recipients' | 'imported' | 'enteredAt'> & {
  type_code: string;
  ky_hieu: string;
  doc_type: string;
  recipients: string;
  imported: number;
  entered_at: string;
};

const toEntry = (r: Row): Entry => ({
  id: r.id,
  term: r.term,
  typeCode: r.type_code,
  number: r.number,
  kyHieu: r.ky_hieu,
  docType: r.doc_type,
  date: r.date,
  subject: r.subject,
  signer: r.signer,
  recipients: JSON.parse(r.recipients) as string[],
  output: r.output,
  sha256: r.sha256,
  source: r.source,
  status: r.status,
  reason: r.reason,
  imported: r.imported === 1,
  enteredAt: r.entered_at,
});

const INSERT = `INSERT INTO entries
  (term, type_code, number, ky_hieu, doc_type, date, subject, signer, recipients, output, sha256, source, status, reason, imported, entered_at)
  VALUES (@term, @typeCode, @number, @kyHieu, @docType, @date, @subject, @signer, @recipients, @output, @sha256, @source, @status, @reason, @imported, @enteredAt)`;

export class Register {
  private constructor(
    private readonly db: Db,
    readonly path: string,
    private readonly now: () => Date,
  ) {}

  /** `create` makes a new register (refusing an existing file); otherwise the file must be one. */
  static open(path: string, options: { create: boolean; now?: () => Date }): Register {
    return new Register(openDatabase(path, options), path, options.now ?? (() => new Date()));
  }

  /**
   * Puts a backup in place of the register at `path`. The backup is checked first (header,
   * congvan's, SQLite's quick check); the current file, if any, is moved into the backup folder
   * with its journal, never deleted. Returns where the current file went.
   */
  static restore(backup: string, path: string, now: Date = new Date()): string | null {
    openDatabase(backup, { create: false, readonly: true }).close();
    const folder = join(dirname(path), BACKUP_FOLDER);
    mkdirSync(folder, { recursive: true });
    let aside: string | null = null;
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.restore.tmp`);
    try {
      copyFileSync(backup, temp);
      if (existsSync(path)) {
        aside = join(folder, `so-van-ban-di.${stamp(now)}.truoc-khi-khoi-phuc.sqlite`);
        renameSync(path, aside);
        // A hot journal belongs to the file it was written for: it goes along, or SQLite
        // would "roll back" the restored file with another file's pages.
        if (existsSync(`${path}-journal`)) renameSync(`${path}-journal`, `${aside}-journal`);
      }
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    return aside;
  }

  close(): void {
    this.db.close();
  }

  /**
   * The number for this document: the one its input file already holds (a re-build keeps its
   * number), else the next one, entered as 'reserved' until confirm(). An issued entry whose
   * description would change throws IssuedChanged.
   */
  reserve(request: Request): Entry {
    return this.write(() => {
      const own = request.source === null ? undefined : this.db
        .prepare("SELECT * FROM entries WHERE source = ? AND status <> 'cancelled' AND imported = 0 ORDER BY id DESC LIMIT 1")
        .get(request.source) as Row | undefined;
      const fields = { ...request, recipients: JSON.stringify(request.recipients) };
      if (own?.status === 'issued') {
        const entry = toEntry(own);
        const wanted = { ...request, kyHieu: request.kyHieuFor(serial(own.number)) };
        const changed = IDENTITY.filter((f) => JSON.stringify(entry[f]) !== JSON.stringify(wanted[f]));
        if (changed.length > 0) throw new IssuedChanged(entry, changed);
        return entry;
      }
      if (own && own.term === request.term && own.type_code === request.typeCode) {
        const before = toEntry(own);
        const kyHieu = request.kyHieuFor(serial(own.number));
        this.db
          .prepare('UPDATE entries SET ky_hieu = @kyHieu, doc_type = @docType, date = @date, subject = @subject, signer = @signer, recipients = @recipients WHERE id = @id')
          .run({ ...fields, kyHieu, id: own.id });
        const after = this.byId(own.id);
        const detail = diff(before, after, IDENTITY);
        if (detail) this.log(own.id, 'updated', detail);
        return after;
      }
      const last = this.db.prepare('SELECT max(number) FROM entries WHERE term = ? AND type_code = ?').pluck().get(request.term, request.typeCode) as number | null;
      const number = (last ?? 0) + 1;
      const { lastInsertRowid } = this.db.prepare(INSERT).run({
        ...fields,
        number,
        kyHieu: request.kyHieuFor(serial(number)),
        output: null,
        sha256: null,
        status: 'reserved',
        reason: null,
        imported: 0,
        enteredAt: this.now().toISOString(),
      });
      this.log(Number(lastInsertRowid), 'reserved', null);
      return this.byId(Number(lastInsertRowid));
    });
  }

  /** The file is written: the entry is issued, with the file and its sha256. */
  confirm(id: number, output: string | null, sha256: string): Entry {
    return this.write(() => {
      const before = this.byId(id);
      this.db.prepare("UPDATE entries SET status = 'issued', output = ?, sha256 = ? WHERE id = ?").run(output, sha256, id);
      const after = this.byId(id);
      if (before.status !== 'issued') this.log(id, 'issued', diff(before, after, ['output', 'sha256']));
      else {
        const detail = diff(before, after, ['output', 'sha256']);
        if (detail) this.log(id, 'reissued', detail);
      }
      return after;
    });
  }

  /** A cancelled number stays in the register, with its reason, and is never handed out again. */
  cancel(id: number, reason: string): Entry {
    return this.write(() => {
      const before = this.byId(id);
      this.db.prepare("UPDATE entries SET status = 'cancelled', reason = ? WHERE id = ?").run(reason, id);
      const after = this.byId(id);
      this.log(id, 'cancelled', diff(before, after, ['status', 'reason']));
      return after;
    });
  }

  /** Entries of an older register, all or none; returns the entries that clash with ones already here. */
  import(entries: readonly Omit<Entry, 'id'>[]): Entry[] {
    return this.write(() => {
      const existing = this.db.prepare('SELECT * FROM entries WHERE term = ? AND type_code = ? AND number = ?');
      const clashes = entries.flatMap((e) => (existing.all(e.term, e.typeCode, e.number) as Row[]).map(toEntry));
      if (clashes.length > 0) return clashes;
      const insert = this.db.prepare(INSERT);
      const at = this.now().toISOString();
      const log = this.db.prepare("INSERT INTO history (entry_id, at, event, detail) VALUES (?, ?, 'imported', NULL)");
      for (const e of entries) log.run(insert.run({ ...e, recipients: JSON.stringify(e.recipients), imported: 1 }).lastInsertRowid, at);
      return [];
    });
  }

  entries(filter: Filter = {}): Entry[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM entries
         WHERE (@term IS NULL OR term = @term) AND (@typeCode IS NULL OR type_code = @typeCode)
           AND (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
         ORDER BY term, type_code, number, id`,
      )
      .all({ term: filter.term ?? null, typeCode: filter.typeCode ?? null, from: filter.from ?? null, to: filter.to ?? null }) as Row[];
    const needle = filter.text?.normalize('NFC').toLocaleLowerCase('vi');
    return rows.map(toEntry).filter((e) => !needle || searchText(e).includes(needle));
  }

  /** What happened to an entry, oldest first. */
  history(id: number): HistoryItem[] {
    const rows = this.db.prepare('SELECT at, event, detail FROM history WHERE entry_id = ? ORDER BY id').all(id) as { at: string; event: HistoryEvent; detail: string | null }[];
    return rows.map((r) => ({ at: r.at, event: r.event, detail: r.detail === null ? null : (JSON.parse(r.detail) as HistoryItem['detail']) }));
  }

  /** SQLite's full integrity check: "ok", or what is damaged. */
  integrity(): string[] {
    return (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  }

  /** A consistent copy through SQLite's online backup API, written beside `target` and renamed over it. */
  async backup(target: string): Promise<void> {
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      await this.db.backup(temp);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  /**
   * The automatic copies in so-van-ban-di.sao-luu/ beside the register: 'daily' once a local
   * day (when there is anything to keep), 'import' before every import. The file is copied
   * inside a read transaction, which no writer can commit through, so the copy is consistent.
   * Returns the copy's path, or null when none was due.
   */
  autoBackup(kind: 'daily' | 'import'): string | null {
    const folder = join(dirname(this.path), BACKUP_FOLDER);
    const now = this.now();
    const name = kind === 'daily' ? `so-van-ban-di.${localDay(now)}.sqlite` : `so-van-ban-di.${stamp(now)}.truoc-khi-nhap.sqlite`;
    const target = join(folder, name);
    if (kind === 'daily' && existsSync(target)) return null;
    const temp = join(folder, `.${name}.${process.pid}.tmp`);
    const copied = this.db.transaction(() => {
      const count = this.db.prepare('SELECT count(*) FROM entries').pluck().get() as number;
      if (kind === 'daily' && count === 0) return false;
      mkdirSync(folder, { recursive: true });
      copyFileSync(this.path, temp);
      return true;
    })();
    if (!copied) return null;
    try {
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    if (kind === 'daily') pruneDaily(folder);
    return target;
  }

  private log(id: number, event: HistoryEvent, detail: Record<string, [unknown, unknown]> | null): void {
    this.db.prepare('INSERT INTO history (entry_id, at, event, detail) VALUES (?, ?, ?, ?)').run(id, this.now().toISOString(), event, detail && JSON.stringify(detail));
  }

  private byId(id: number): Entry {
    return toEntry(this.db.prepare('SELECT * FROM entries WHERE id = ?').get(id) as Row);
  }

  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      throw asRegisterError(error, this.path);
    }
  }
}

/** The fields that differ, as {field: [before, after]}, or null. */
function diff(before: Entry, after: Entry, fields: readonly (keyof Entry)[]): Record<string, [unknown, unknown]> | null {
  const changed = fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
  return changed.length === 0 ? null : Object.fromEntries(changed.map((f) => [f, [before[f], after[f]]]));
}

function pruneDaily(folder: string): void {
  const daily = readdirSync(folder).filter((n) => /^so-van-ban-di\.\d{4}-\d{2}-\d{2}\.sqlite$/.test(n)).sort();
  for (const old of daily.slice(0, Math.max(0, daily.length - DAILY_KEPT))) rmSync(join(folder, old), { force: true });
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local yyyy-MM-dd. */
const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Local 20240105-102030. */
export const stamp = (d: Date): string => `${localDay(d).replace(/-/g, '')}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

function searchText(e: Entry): string {
  return [e.kyHieu, e.subject, e.signer, ...e.recipients, e.reason ?? ''].join('\n').normalize('NFC').toLocaleLowerCase('vi');
}
