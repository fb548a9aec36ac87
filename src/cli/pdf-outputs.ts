// --pdf and `congvan pdf`: every DOCX of a batch through one soffice call, each PDF written
// beside its DOCX (atomically, like the DOCX). Files are copied under plain numbered names into
// a temporary folder first, so two inputs with the same name, or odd characters, cannot clash.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { diagnostic, InputError, type Diagnostic } from '../core/diagnostics';
import { convertToPdf, INSTALL_HINT, LibreOfficeMissing } from '../pdf/libreoffice';
import { writeFileAtomic } from './atomic-write';
import type { Io } from './io';

/** a/b.docx → a/b.pdf */
export function pdfPathOf(docx: string): string {
  return join(dirname(docx), `${basename(docx, extname(docx))}.pdf`);
}

/** Converts `docxFiles`; returns the PDFs written. Throws InputError when nothing could be done. */
export async function writePdfsBeside(docxFiles: readonly string[], env: Io['env']): Promise<string[]> {
  if (docxFiles.length === 0) return [];
  const work = mkdtempSync(join(tmpdir(), 'congvan-pdf-'));
  try {
    const copies = docxFiles.map((file, i) => {
      const copy = join(work, `${i + 1}.docx`);
      copyFileSync(file, copy);
      return copy;
    });
    const timeoutMs = 120_000 + 5_000 * docxFiles.length;
    let pdfs: string[];
    try {
      pdfs = await convertToPdf(copies, work, timeoutMs, env);
    } catch (e) {
      if (e instanceof LibreOfficeMissing) throw new InputError([diagnostic('pdf-missing', docxFiles[0]!, undefined, { install: `sudo ${INSTALL_HINT}` })]);
      throw new InputError([diagnostic('pdf-failed', docxFiles[0]!, undefined, { detail: (e as Error).message.split('\n')[0]! })]);
    }
    const written: string[] = [];
    const problems: Diagnostic[] = [];
    docxFiles.forEach((file, i) => {
      try {
        writeFileAtomic(pdfPathOf(file), readFileSync(pdfs[i]!));
        written.push(pdfPathOf(file));
      } catch (e) {
        problems.push(diagnostic('pdf-failed', file, undefined, { detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
      }
    });
    if (problems.length > 0) throw new InputError(problems);
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
