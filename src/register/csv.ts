// The register as CSV (export, and import of an older register) and as JSON. CSV is UTF-8
// with a byte-order mark and CRLF line ends, which is what makes Excel show Vietnamese intact.
import { diagnostic, InputError, type Diagnostic } from '../core/diagnostics';
import { parseDocumentDate } from '../core/load/parse-date';
import { serial, type Entry, type Status } from './register';

export const COLUMNS = [
  'nhiem_ky', 'ma_loai', 'so', 'ky_hieu', 'loai_van_ban', 'ngay', 'trich_yeu', 'nguoi_ky',
  'noi_nhan', 'tep', 'sha256', 'trang_thai', 'ly_do', 'nguon', 'vao_so_luc',
] as const;

type Column = (typeof COLUMNS)[number];
export type RegisterRecord = { [C in Column]: C extends 'noi_nhan' ? string[] : string };

const STATUS_LABEL: Record<Status, string> = { issued: 'đã ban hành', reserved: 'đang chờ', cancelled: 'đã hủy' };

/** One entry as the columns of the export (JSON keeps the recipients as a list). */
export function toRecord(e: Entry): RegisterRecord {
  return {
    nhiem_ky: e.term,
    ma_loai: e.typeCode,
    so: serial(e.number),
    ky_hieu: e.kyHieu,
    loai_van_ban: e.docType,
    ngay: e.date,
    trich_yeu: e.subject,
    nguoi_ky: e.signer,
    noi_nhan: e.recipients,
    tep: e.output ?? '',
    sha256: e.sha256 ?? '',
    trang_thai: STATUS_LABEL[e.status],
    ly_do: e.reason ?? '',
    nguon: e.source ?? '',
    vao_so_luc: e.enteredAt,
  };
}

export function toCsv(entries: readonly Entry[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of entries) {
    const record = toRecord(e);
    lines.push(COLUMNS.map((c) => quote(c === 'noi_nhan' ? record.noi_nhan.join('\n') : (record[c] as string))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

type CsvRow = { line: number; fields: string[] };

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. Blank lines are skipped. */
export function parseCsv(text: string): CsvRow[] {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\n') line++;
    if (quoted) {
      if (c !== '"') field += c;
      else if (src[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      endRow();
      rowLine = line;
    } else field += c;
  }
  endRow();
  return rows;
}

const STATUS_OF = new Map(Object.entries(STATUS_LABEL).map(([status, label]) => [label, status as Status]));

/**
 * CSV of an older register (or of an export) → entries. Needs the columns so, ngay, trich_yeu
 * and ma_loai or ky_hieu; nhiem_ky defaults to `term`. Every bad row is reported at its line.
 */
export function entriesFromCsv(text: string, file: string, defaults: { term?: string; now: Date }): Omit<Entry, 'id'>[] {
  const [header, ...rows] = parseCsv(text);
  const columns = (header?.fields ?? []).map((h) => h.trim());
  const missing = ['so', 'ngay', 'trich_yeu'].filter((c) => !columns.includes(c));
  if (!columns.includes('ma_loai') && !columns.includes('ky_hieu')) missing.push('ma_loai');
  if (!columns.includes('nhiem_ky') && !defaults.term) missing.push('nhiem_ky');
  if (missing.length > 0) throw new InputError([diagnostic('csv-columns', file, { line: 1, col: 1 }, { missing: missing.join(', ') })]);
  const problems: Diagnostic[] = [];
  const entries = rows.map(({ line, fields }) => {
    const get = (c: Column): string => (fields[columns.indexOf(c)] ?? '').normalize('NFC').trim();
    const bad = (column: string, value: string) => problems.push(diagnostic('csv-value', file, { line, col: 1 }, { line, column, value }));
    const number = /^\d{1,6}$/.test(get('so')) ? Number(get('so')) : 0;
    if (number < 1) bad('so', get('so'));
    const date = parseDocumentDate(get('ngay'));
    if (!date.ok) bad('ngay', get('ngay'));
    const typeCode = get('ma_loai') || (/^\d+-([^/]+)\//.exec(get('ky_hieu'))?.[1] ?? '');
    if (!typeCode) bad('ma_loai', get('ky_hieu'));
    if (!get('trich_yeu')) bad('trich_yeu', '');
    const status = get('trang_thai') ? STATUS_OF.get(get('trang_thai')) : 'issued';
    if (!status) bad('trang_thai', get('trang_thai'));
    return {
      term: get('nhiem_ky') || defaults.term!,
      typeCode,
      number,
      kyHieu: get('ky_hieu') || `${serial(number)}-${typeCode}`,
      docType: get('loai_van_ban'),
      date: date.ok ? date.iso : '',
      subject: get('trich_yeu'),
      signer: get('nguoi_ky'),
      recipients: get('noi_nhan').split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
      output: get('tep') || null,
      sha256: get('sha256') || null,
      source: get('nguon') || null,
      status: status ?? 'issued',
      reason: get('ly_do') || null,
      imported: true,
      enteredAt: get('vao_so_luc') || defaults.now.toISOString(),
    };
  });
  if (problems.length > 0) throw new InputError(problems);
  return entries;
}
