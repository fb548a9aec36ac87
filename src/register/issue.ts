// Building a document with `so: auto`: take its number, write the file, then confirm.
//
// Why in two steps: the number is taken (entered as 'reserved') in one short write
// transaction, so parallel builds wait only for each other's bookkeeping, not for each
// other's rendering; it is confirmed ('issued', with the file's sha256) once the file is in
// place. A build that fails or is killed in between frees nothing: the entry stays reserved
// for that input file, the next build of the same file finishes it with the same number,
// and `register check` lists it until then. So there is never a duplicate and never a
// silent gap.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import type { OrgConfig } from '../core/config/org-config';
import { diagnostic, InputError } from '../core/diagnostics';
import type { DocumentInput } from '../core/model/input';
import { soKyHieu } from '../core/render/helpers/so-ky-hieu';
import { registerPathFor } from './database';
import { Register, serial, type Entry } from './register';

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
  const register = Register.open(path, { create: true });
  try {
    const entry = register.reserve({
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
    const confirmed = register.confirm(entry.id, output === '-' ? null : relativeTo(folder, realpathSync(output)), sha256);
    return { entry: confirmed, output, bytes: bytes.byteLength };
  } finally {
    register.close();
  }
}

/** Paths in the register are relative to its folder (POSIX separators), so the folder can move. */
function relativeTo(folder: string, file: string): string {
  const rel = relative(folder, file);
  return isAbsolute(rel) || rel.startsWith('..') ? file : rel.split(sep).join('/');
}
