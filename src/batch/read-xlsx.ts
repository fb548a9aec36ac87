// The rows of an Excel workbook (.xlsx): the first sheet, or the one --sheet names (by name,
// or 1-based number). The first row is the header. Read with read-excel-file (see README: a
// maintained reader without the advisories of the `xlsx` package), imported only here, so a
// build without a workbook does not load it.
import { createRequire } from 'node:module';
import type ReadExcelFile from 'read-excel-file/node';
import { diagnostic, InputError } from '../core/diagnostics';
import type { DataRow } from './read-rows';
import { headerOf } from './read-rows';

type Cell = string | number | boolean | Date | null | unknown;

/** A workbook unpacks to at most this (a list of a few thousand rows is a few MB): no zip bomb. */
export const XLSX_MAX_UNPACKED = 64 * 1024 * 1024;

/** The unpacked size the zip's directory declares, read without inflating anything. */
function declaredSize(bytes: Uint8Array): number {
  let total = 0;
  // fflate is loaded from node_modules when used, like this module's other package.
  const { unzipSync } = createRequire(import.meta.url)('fflate') as typeof import('fflate');
  unzipSync(bytes, {
    filter: (file) => {
      total += file.originalSize;
      return false;
    },
  });
  return total;
}

export async function xlsxRows(bytes: Buffer, file: string, sheet?: string): Promise<DataRow[]> {
  // require, not import(): the CLI runs from a V8 code cache, where import() of a package is not available.
  const readXlsxFile = (createRequire(import.meta.url)('read-excel-file/node') as { default: typeof ReadExcelFile }).default;
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    if (declaredSize(bytes) > XLSX_MAX_UNPACKED) {
      throw new InputError([diagnostic('data-xlsx-size', file, undefined, { limit: `${XLSX_MAX_UNPACKED / 1024 / 1024} MB` })]);
    }
    // parseNumber keeps a number cell as the workbook stores it ("1023", "0.5"), never 1e3-style.
    sheets = (await readXlsxFile(bytes, { parseNumber: (text: string) => text, trim: false })) as { sheet: string; data: Cell[][] }[];
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([diagnostic('data-xlsx', file, undefined, { detail: e instanceof Error ? e.message : String(e) })]);
  }
  const chosen = pickSheet(sheets, sheet);
  if (chosen === undefined) {
    throw new InputError([diagnostic('data-sheet', file, undefined, { sheet: sheet ?? '1', sheets: sheets.map((s, i) => `${i + 1}. ${s.sheet}`).join(', ') || '—' })]);
  }
  const [header, ...body] = chosen.data;
  if (header === undefined) return [];
  const columns = headerOf(header.map(text), file, 1);
  const rows: DataRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => text(c).trim() === '')) return; // a blank sheet row, like a blank CSV line
    rows.push({ number: rows.length + 1, line: i + 2, fields: new Map(columns.map((c, k) => [c, text(cells[k] ?? null).normalize('NFC')])) });
  });
  return rows;
}

function pickSheet<S extends { sheet: string }>(sheets: readonly S[], wanted: string | undefined): S | undefined {
  if (wanted === undefined) return sheets[0];
  const byName = sheets.find((s) => s.sheet.normalize('NFC') === wanted.normalize('NFC'));
  if (byName) return byName;
  return /^\d+$/.test(wanted) ? sheets[Number(wanted) - 1] : undefined;
}

/** A cell as the text a clerk sees: dates as dd/mm/yyyy (the calendar day stored, in UTC). */
function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}
