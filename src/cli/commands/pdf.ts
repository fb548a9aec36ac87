// congvan pdf <files.docx…>: each DOCX to a PDF beside it, all in one LibreOffice call.
// Only DOCX files: anything else (a YAML source above all) is refused before LibreOffice runs,
// never converted as plain text over a real PDF. A YAML file is built with `build --pdf`.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { diagnostic, InputError, type Diagnostic } from '../../core/diagnostics';
import { writePdfsBeside } from '../pdf-outputs';
import type { Io } from '../io';

export async function pdfCommand(io: Io, files: readonly string[]): Promise<string[]> {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new InputError(missing.map((f) => diagnostic('file-read', f, undefined, { detail: 'ENOENT' })));
  const refused = files.filter((f) => !isDocx(f)).map(notDocx);
  if (refused.length > 0) throw new InputError(refused);
  return writePdfsBeside(files, io.env);
}

/** A .docx name and a zip signature: LibreOffice would "convert" any text file otherwise. */
function isDocx(file: string): boolean {
  if (extname(file).toLowerCase() !== '.docx') return false;
  const head = Buffer.alloc(4);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return readSync(fd, head, 0, 4, 0) === 4 && head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notDocx(file: string): Diagnostic {
  const yaml = /\.ya?ml$/i.test(file);
  const command = yaml ? `congvan build ${file} --pdf` : 'congvan build <tệp.yaml> --pdf';
  return diagnostic('pdf-not-docx', file, undefined, { file, command });
}
