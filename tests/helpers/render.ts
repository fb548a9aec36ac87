// Renders many DOCX files with one LibreOffice call (as a batch would) and reads the PDFs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PrintedPage } from '../../src/core/check/render/analyse-pages';
import { parseBboxLayout } from '../../src/core/check/render/parse-bbox';
import { convertToPdf } from '../../src/pdf/libreoffice';
import { pageCount, pageText } from './pdf';

/** `pages`: the text of each page (pdftotext -layout); `printed`: its lines with their positions. */
export type Rendered = { pages: string[]; printed: PrintedPage[] };

export async function renderAll(docs: Record<string, Uint8Array>, timeoutMs?: number): Promise<Record<string, Rendered>> {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-render-'));
  const names = Object.keys(docs);
  const files = names.map((name) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, docs[name]!);
    return path;
  });
  const pdfs = await convertToPdf(files, dir, timeoutMs);
  return Object.fromEntries(
    names.map((name, i) => {
      const pdf = pdfs[i]!;
      const pages = Array.from({ length: pageCount(pdf) }, (_, p) => pageText(pdf, p + 1));
      const printed = parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
      return [name, { pages, printed }];
    }),
  );
}
