// congvan preview <file.yaml|file.docx> [--pages 1-2] [-o dir]: the pages as PNG images
// (LibreOffice prints, pdftoppm rasterises), for a quick look at what will print. The images
// are <name>-<page>.png in the output folder (default: beside the input), each written
// atomically; nothing is written when the range is not in the document.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { diagnostic, InputError } from '../../core/diagnostics';
import { writeFileAtomic } from '../../files/atomic-write';
import type { Io } from '../io';
import { poppler, printJob, withPdfs } from '../render-pages';

export type PreviewOptions = { pages?: string; output?: string; dpi?: number; profile?: string; config?: string };

export async function previewCommand(io: Io, file: string, options: PreviewOptions, sources: Map<string, string>): Promise<string[]> {
  const ext = extname(file).toLowerCase();
  if (!['.yaml', '.yml', '.docx'].includes(ext)) throw new InputError([diagnostic('preview-file-type', file, undefined, { file })]);
  pageRange(options.pages, Infinity, file); // a malformed range fails before anything is printed
  const job = await printJob(file, options, sources);
  const outDir = options.output ?? dirname(file);
  const stem = basename(file, extname(file));
  const [written] = await withPdfs([job], io.env, async (pdf) => {
    const info = await poppler('pdfinfo', [pdf], file, io.env);
    const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const [first, last] = pageRange(options.pages, count, file);
    const prefix = join(dirname(pdf), 'page');
    await poppler('pdftoppm', ['-png', '-r', String(options.dpi ?? 96), '-f', String(first), '-l', String(last), pdf, prefix], file, io.env);
    // pdftoppm pads page numbers to the width of the last page: read them back by number
    const images = readdirSync(dirname(pdf)).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => pageOf(a) - pageOf(b));
    mkdirSync(outDir, { recursive: true });
    return images.map((image) => {
      const target = join(outDir, `${stem}-${pageOf(image)}.png`);
      writeFileAtomic(target, readFileSync(join(dirname(pdf), image)));
      return target;
    });
  });
  return written!;
}

const pageOf = (image: string) => Number(/(\d+)\.png$/.exec(image)![1]);

/** "2" or "1-3" (default: every page), checked against the document's page count. */
export function pageRange(pages: string | undefined, count: number, file: string): [number, number] {
  if (pages === undefined) return [1, count];
  const m = /^(\d+)(?:-(\d+))?$/.exec(pages.trim());
  const first = m ? Number(m[1]) : NaN;
  const last = m ? Number(m[2] ?? m[1]) : NaN;
  if (!(first >= 1 && last >= first && first <= count)) throw new InputError([diagnostic('preview-pages', file, undefined, { pages, count: Number.isFinite(count) ? count : '?' })]);
  return [first, Math.min(last, count)];
}
