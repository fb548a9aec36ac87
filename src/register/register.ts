// The outgoing register (sổ văn bản đi): numbers per type per term, handed out inside a
// write transaction (BEGIN IMMEDIATE), so parallel builds never get the same number.
import { renameSync, rmSync } from 'node:fs';
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

  static open(path: string, options: { create: boolean; now?: () => Date }): Register {
    return new Register(openDatabase(path, options), path, options.now ?? (() => new Date()));
  }

  close(): void {
    this.db.close();
  }

  /**
   * The number for this document: the one its input file already holds in this series (a
   * re-build keeps its number), else the next one, entered as 'reserved' until confirm().
   */
  reserve(request: Request): Entry {
    return this.write(() => {
      const own = request.source === null ? undefined : this.db
        .prepare("SELECT * FROM entries WHERE source = ? AND term = ? AND type_code = ? AND status <> 'cancelled' ORDER BY id DESC LIMIT 1")
        .get(request.source, request.term, request.typeCode) as Row | undefined;
      const fields = { ...request, recipients: JSON.stringify(request.recipients) };
      if (own) {
        const kyHieu = request.kyHieuFor(serial(own.number));
        this.db
          .prepare('UPDATE entries SET ky_hieu = @kyHieu, doc_type = @docType, date = @date, subject = @subject, signer = @signer, recipients = @recipients WHERE id = @id')
          .run({ ...fields, kyHieu, id: own.id });
        return this.byId(own.id);
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
      return this.byId(Number(lastInsertRowid));
    });
  }

  /** The file is written: the entry is issued, with the file and its sha256. */
  confirm(id: number, output: string | null, sha256: string): Entry {
    return this.write(() => {
      this.db.prepare("UPDATE entries SET status = 'issued', output = ?, sha256 = ? WHERE id = ?").run(output, sha256, id);
      return this.byId(id);
    });
  }

  /** A cancelled number stays in the register, with its reason, and is never handed out again. */
  cancel(id: number, reason: string): Entry {
    return this.write(() => {
      this.db.prepare("UPDATE entries SET status = 'cancelled', reason = ? WHERE id = ?").run(reason, id);
      return this.byId(id);
    });
  }

  /** Entries of an older register, all or none; returns the entries that clash with ones already here. */
  import(entries: readonly Omit<Entry, 'id'>[]): Entry[] {
    return this.write(() => {
      const existing = this.db.prepare('SELECT * FROM entries WHERE term = ? AND type_code = ? AND number = ?');
      const clashes = entries.flatMap((e) => (existing.all(e.term, e.typeCode, e.number) as Row[]).map(toEntry));
      if (clashes.length > 0) return clashes;
      const insert = this.db.prepare(INSERT);
      for (const e of entries) insert.run({ ...e, recipients: JSON.stringify(e.recipients), imported: 1 });
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

function searchText(e: Entry): string {
  return [e.kyHieu, e.subject, e.signer, ...e.recipients, e.reason ?? ''].join('\n').normalize('NFC').toLocaleLowerCase('vi');
}
