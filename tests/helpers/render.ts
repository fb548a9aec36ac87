// Renders many DOCX files with one LibreOffice call (as a batch would) and reads the PDFs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertToPdf } from '../../src/pdf/libreoffice';
import { pageCount, pageText } from './pdf';

export type Rendered = { pages: string[] };

export async function renderAll(docs: Record<string, Uint8Array>): Promise<Record<string, Rendered>> {
  const dir = mkdtempSync(join(tmpdir(), 'congvan-render-'));
  const names = Object.keys(docs);
  const files = names.map((name) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, docs[name]!);
    return path;
  });
  const pdfs = await convertToPdf(files, dir);
  return Object.fromEntries(
    names.map((name, i) => {
      const pdf = pdfs[i]!;
      const pages = Array.from({ length: pageCount(pdf) }, (_, p) => pageText(pdf, p + 1));
      return [name, { pages }];
    }),
  );
}
