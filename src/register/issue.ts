// Building a document with `so: auto`: take its number, write the file, then confirm.
//
// Why in two steps: the number is taken (entered as 'reserved') in one short write
// transaction, so parallel builds wait only for each other's bookkeeping, not for each
// other's rendering; it is confirmed ('issued', with the file's sha256) once the file is in
// place. A build that fails or is killed in between frees nothing: the entry stays reserved
// for that input file, the next build of the same file finishes it with the same number,
// and `register check` lists it until then. So there is never a duplicate and never a
// silent gap.
//
// An input whose number is already issued is rebuilt with that number only if the document's
// description (type, date, trích yếu, signer, recipients …) is unchanged; otherwise the build
// is refused before anything is written, with the hint to cancel the old number or to save the
// new document as a new file (the issued DOCX is the record of a sent document and is not
// overwritten). If the register cannot confirm the number after the file is written, the file
// is removed: a numbered DOCX the register does not know of is never left behind.
import { createHash } from 'node:crypto';
import { realpathSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import type { OrgConfig } from '../core/config/org-config';
import { diagnostic, InputError } from '../core/diagnostics';
import type { DocumentInput } from '../core/model/input';
import { soKyHieu } from '../core/render/helpers/so-ky-hieu';
import { registerPathFor } from './database';
import { IssuedChanged, Register, serial, type Entry, type IdentityField } from './register';

export type IssueSteps = {
  /** The input file, or null for stdin (which has no identity to keep its number by). */
  inputPath: string | null;
  /** Renders the numbered document. */
  render(input: DocumentInput): Uint8Array;
  /** Writes the bytes; returns the output path, or '-' for stdout. */
  write(bytes: Uint8Array): Promise<string>;
};

export type Issued = { entry: Entry; output: string; bytes: number };

export async function issueNumbered(input: DocumentInput, config: OrgConfig | undefined, steps: IssueSteps): Promise<Issued> {
  if (!config) throw new InputError([diagnostic('config-missing', steps.inputPath ?? '<stdin>', undefined)]);
  if (!config.term) throw new InputError([diagnostic('term-missing', config.file, { line: 1, col: 1 })]);
  const path = registerPathFor(config.file);
  const folder = realpathSync(dirname(path));
  const register = Register.open(path, { create: false });
  try {
    dailyBackup(register);
    const entry = reserveOrRefuse(register, steps.inputPath, {
      term: config.term.name,
      typeCode: input.so_ky_hieu.loai,
      docType: input.loai,
      date: input.ngay,
      subject: input.trich_yeu.join(' '),
      signer: input.ky.map((s) => [s.ho_ten, s.chuc_vu].filter(Boolean).join(', ')).join('; '),
      recipients: input.noi_nhan,
      source: steps.inputPath === null ? null : relativeTo(folder, realpathSync(steps.inputPath)),
      kyHieuFor: (so) => soKyHieu({ ...input.so_ky_hieu, so }),
    });
    const bytes = steps.render({ ...input, so_ky_hieu: { ...input.so_ky_hieu, so: serial(entry.number) } });
    let output: string;
    try {
      output = await steps.write(bytes);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const pending = diagnostic('number-pending', path, undefined, { kyHieu: entry.kyHieu }, 'warning');
      throw new InputError([...error.diagnostics, pending]);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    try {
      const confirmed = register.confirm(entry.id, output === '-' ? null : relativeTo(folder, realpathSync(output)), sha256);
      return { entry: confirmed, output, bytes: bytes.byteLength };
    } catch (error) {
      if (output === '-') throw error;
      rmSync(output, { force: true });
      const removed = diagnostic('number-unconfirmed', output, undefined, { kyHieu: entry.kyHieu, output }, 'warning');
      throw error instanceof InputError ? new InputError([...error.diagnostics, removed]) : error;
    }
  } finally {
    register.close();
  }
}

type Request = Parameters<Register['reserve']>[0];

const FIELD_WORD: Record<IdentityField, string> = {
  term: 'nhiem_ky', typeCode: 'loai', kyHieu: 'ky_hieu', docType: 'loai_van_ban', date: 'ngay',
  subject: 'trich_yeu', signer: 'ky', recipients: 'noi_nhan',
};

function reserveOrRefuse(register: Register, inputPath: string | null, request: Request): Entry {
  try {
    return register.reserve(request);
  } catch (error) {
    if (!(error instanceof IssuedChanged)) throw error;
    const fields = error.fields.map((f) => FIELD_WORD[f]).join(', ');
    throw new InputError([diagnostic('number-issued-changed', inputPath ?? '<stdin>', undefined, { kyHieu: error.entry.kyHieu, fields, date: error.entry.date })]);
  }
}

/** The day's first numbering copies the register first (so-van-ban-di.sao-luu/). */
function dailyBackup(register: Register): void {
  try {
    register.autoBackup('daily');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError([diagnostic('register-backup', register.path, undefined, { detail: (error as Error).message })]);
  }
}

/** Paths in the register are relative to its folder (POSIX separators), so the folder can move. */
function relativeTo(folder: string, file: string): string {
  const rel = relative(folder, file);
  return isAbsolute(rel) || rel.startsWith('..') ? file : rel.split(sep).join('/');
}
