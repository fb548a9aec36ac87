// The rows of a mail merge, from CSV (header row; the delimiter , ; or tab detected from the
// header, or given; quoted fields with delimiters and line breaks), an Excel workbook (.xlsx,
// read in ./read-xlsx when used), JSON or YAML (a list of mappings). Text files are decoded
// like every input (UTF-8/16/32 detected, other encodings by --encoding). Each row keeps its
// number and the line (CSV) or sheet row (.xlsx) it starts on, so errors can name them.
// Values are text: YAML rows are read with the failsafe schema, so `so: 05` stays "05".
import { parse as parseCsv, CsvError } from 'csv-parse/sync';
import { LineCounter, parse as parseYamlText, parseDocument } from 'yaml';
import { decodeText } from '../files/decode-text';
import { diagnostic, InputError } from '../core/diagnostics';
import type { Row } from '../core/merge/placeholders';

export type DataRow = { number: number; line?: number; fields: Row };

export type ReadRowsOptions = {
  /** --encoding: of a text data file that is not Unicode */
  encoding?: string;
  /** --delimiter: , ; tab (or "\t") or | ; detected from the header row when absent */
  delimiter?: string;
  /** --sheet: a workbook's sheet, by name or 1-based number; the first when absent */
  sheet?: string;
};

export async function readRows(bytes: Buffer, file: string, options: ReadRowsOptions = {}): Promise<DataRow[]> {
  let rows: DataRow[];
  if (/\.xlsx$/i.test(file)) rows = await (await import('./read-xlsx')).xlsxRows(bytes, file, options.sheet);
  else if (/\.(xls|ods)$/i.test(file)) throw new InputError([diagnostic('data-format', file, undefined, { file })]);
  else {
    const text = decodeText(bytes, file, options.encoding);
    rows = /\.(json|ya?ml)$/i.test(file) ? listRows(text.replace(/^\uFEFF/, ''), file) : csvRows(text, file, options.delimiter);
  }
  if (rows.length === 0) throw new InputError([diagnostic('data-empty', file, undefined)]);
  return rows;
}

/** A header cell as a column name: trimmed, NFC (a name typed in another form still matches). */
export const columnName = (cell: string): string => cell.trim().normalize('NFC');

/** The header row's names; two columns of one name would silently lose one of them. */
export function headerOf(cells: readonly string[], file: string, line: number): string[] {
  const columns = cells.map(columnName);
  const twice = columns.find((c, i) => c !== '' && columns.indexOf(c) !== i);
  if (twice !== undefined) throw new InputError([diagnostic('data-header-duplicate', file, { line, col: 1 }, { column: twice })]);
  return columns;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', '\t': '\t', '\\t': '\t', '|': '|', comma: ',', semicolon: ';', tab: '\t', pipe: '|' };

/** --delimiter, checked before any file is read. */
export function delimiterOf(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const delimiter = DELIMITERS[name.toLowerCase()];
  if (delimiter === undefined) throw new InputError([diagnostic('data-delimiter-unknown', '--delimiter', undefined, { delimiter: name })]);
  return delimiter;
}

/** The delimiter the header row uses most, outside quotes (Excel on Vietnamese Windows writes ";"). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

function csvRows(text: string, file: string, given: string | undefined): DataRow[] {
  const delimiter = given ?? detectDelimiter(text.replace(/^\uFEFF/, ''));
  const bytes = Buffer.from(text, 'utf8');
  const lines = lineCounter(bytes);
  let columns: string[] | undefined;
  let end = 0; // where the previous record ended, in bytes
  const rows: DataRow[] = [];
  try {
    // Each record becomes its row as it is parsed: nothing else is kept per record.
    parseCsv(bytes, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      on_record: (record: string[], { bytes: recordEnd }: { bytes: number }) => {
        if (columns === undefined) columns = headerOf(record, file, lines.startOfRecord(0));
        else {
          const line = lines.startOfRecord(end);
          rows.push({ number: rows.length + 1, line, fields: new Map(columns.map((c, k) => [c, (record[k] ?? '').normalize('NFC')])) });
        }
        end = recordEnd;
        return null;
      },
    });
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([csvDiagnostic(e, file, delimiter, columns?.length ?? 0)]);
  }
  return rows;
}

const DELIMITER_NAMES: Record<string, string> = { ',': '","', ';': '";"', '\t': 'tab', '|': '"|"' };

/** csv-parse's errors, as positioned messages in the user's language with what to do. */
function csvDiagnostic(e: unknown, file: string, delimiter: string, header: number) {
  const error = e as CsvError & { lines?: number; record?: unknown[] };
  const pos = error.lines ? { line: error.lines, col: 1 } : undefined;
  const name = DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter);
  if (error instanceof CsvError && error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
    return diagnostic('data-cells', file, pos, { cells: error.record?.length ?? 0, header, delimiter: name });
  }
  if (error instanceof CsvError && (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'INVALID_OPENING_QUOTE')) {
    return diagnostic('data-quote', file, pos, { delimiter: name });
  }
  const detail = error instanceof Error ? error.message : String(e);
  return diagnostic('data-syntax', file, pos, { detail, detailEn: detail });
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
    throw new InputError([diagnostic('data-syntax', file, syntaxErrorAt(text), { detail, detailEn: detail })]);
  }
  if (!Array.isArray(data) || data.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
    const bad = Array.isArray(data) ? data.findIndex((r) => r === null || typeof r !== 'object' || Array.isArray(r)) : -1;
    throw new InputError([diagnostic('data-not-rows', file, bad >= 0 ? positionIn(text, [bad]) : { line: 1, col: 1 })]);
  }
  return data.map((record: Record<string, unknown>, i) => ({ number: i + 1, fields: fieldsOf(record, i + 1, file, text) }));
}

/** Where YAML (and so JSON, a subset of its flow style) finds the first syntax error. */
function syntaxErrorAt(text: string) {
  const at = parseDocument(text, { version: '1.2', schema: 'failsafe' }).errors[0]?.linePos?.[0];
  return at ? { line: at.line, col: at.col } : undefined;
}

/** The line:col of a value in a YAML or JSON data file (read again only to report an error). */
function positionIn(text: string, path: (string | number)[]) {
  const lineCounter = new LineCounter();
  const node = parseDocument(text, { version: '1.2', schema: 'failsafe', lineCounter }).getIn(path, true) as { range?: [number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]) : undefined;
}

function fieldsOf(record: Record<string, unknown>, number: number, file: string, text: string): Row {
  const fields = new Map<string, string>();
  for (const [column, value] of Object.entries(record)) {
    if (value !== null && typeof value === 'object') {
      throw new InputError([diagnostic('data-value', file, positionIn(text, [number - 1, column]), { row: number, column })]);
    }
    fields.set(columnName(column), value === null || value === undefined ? '' : String(value).normalize('NFC'));
  }
  return fields;
}
