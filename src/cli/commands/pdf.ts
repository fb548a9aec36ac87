// congvan pdf <files.docx…>: each DOCX to a PDF beside it, all in one LibreOffice call.
import { existsSync } from 'node:fs';
import { diagnostic, InputError } from '../../core/diagnostics';
import { writePdfsBeside } from '../../batch/pdf-outputs';
import type { Io } from '../io';

export async function pdfCommand(io: Io, files: readonly string[]): Promise<string[]> {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new InputError(missing.map((f) => diagnostic('file-read', f, undefined, { detail: 'ENOENT' })));
  return writePdfsBeside(files, io.env);
}
