// The rows of a mail merge, from CSV (header row; UTF-8 with or without BOM; quoted fields
// with commas and line breaks), JSON or YAML (a list of mappings). Each row keeps its number
// and, for CSV, the line it starts on, so errors can name them. Values are text: YAML rows are
// read with the failsafe schema, so `so: 05` stays "05" instead of becoming the number 5.
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { parse as parseYamlText } from 'yaml';
import { diagnostic, InputError } from '../core/diagnostics';
import type { Row } from '../core/merge/placeholders';

export type DataRow = { number: number; line?: number; fields: Row };

export function readRows(bytes: Buffer, file: string): DataRow[] {
  const rows = /\.csv$/i.test(file) ? csvRows(bytes, file) : listRows(bytes.toString('utf8').replace(/^\uFEFF/, ''), file);
  if (rows.length === 0) throw new InputError([diagnostic('data-empty', file, undefined)]);
  return rows;
}

function csvRows(bytes: Buffer, file: string): DataRow[] {
  const lines = lineCounter(bytes);
  let columns: string[] | undefined;
  let end = 0; // where the previous record ended, in bytes
  const rows: DataRow[] = [];
  try {
    // Each record becomes its row as it is parsed: nothing else is kept per record.
    parseCsv(bytes, {
      bom: true,
      skip_empty_lines: true,
      on_record: (record: string[], { bytes: recordEnd }: { bytes: number }) => {
        if (columns === undefined) columns = record.map((c) => c.trim().normalize('NFC'));
        else {
          const line = lines.startOfRecord(end);
          rows.push({ number: rows.length + 1, line, fields: new Map(columns.map((c, k) => [c, (record[k] ?? '').normalize('NFC')])) });
        }
        end = recordEnd;
        return null;
      },
    });
  } catch (e) {
    const detail = e instanceof CsvError ? e.message : String(e);
    const line = (e as { lines?: number }).lines;
    throw new InputError([diagnostic('data-syntax', file, line ? { line, col: 1 } : undefined, { detail, detailEn: detail })]);
  }
  return rows;
}

/** Line numbers from byte offsets; csv-parse's own line count is off for CRLF inside quotes. */
function lineCounter(bytes: Buffer) {
  let offset = 0;
  let line = 1;
  return {
    /** The line of the first non-blank byte at or after `from` (offsets only move forward). */
    startOfRecord(from: number): number {
      for (; offset < from; offset++) if (bytes[offset] === 0x0a) line++;
      let at = offset;
      let extra = 0;
      while (at < bytes.length && (bytes[at] === 0x0a || bytes[at] === 0x0d)) if (bytes[at++] === 0x0a) extra++;
      return line + extra;
    },
  };
}

function listRows(text: string, file: string): DataRow[] {
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYamlText(text, { version: '1.2', schema: 'failsafe' });
  } catch (e) {
    const detail = (e as Error).message.split('\n')[0]!;
    throw new InputError([diagnostic('data-syntax', file, undefined, { detail, detailEn: detail })]);
  }
  if (!Array.isArray(data) || data.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
    throw new InputError([diagnostic('data-not-rows', file, undefined)]);
  }
  return data.map((record: Record<string, unknown>, i) => ({ number: i + 1, fields: fieldsOf(record, i + 1, file) }));
}

function fieldsOf(record: Record<string, unknown>, number: number, file: string): Row {
  const fields = new Map<string, string>();
  for (const [column, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object') {
      throw new InputError([diagnostic('data-value', file, undefined, { row: number, column })]);
    }
    fields.set(column.normalize('NFC'), value === null || value === undefined ? '' : String(value).normalize('NFC'));
  }
  return fields;
}
