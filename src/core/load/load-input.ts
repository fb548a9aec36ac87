// YAML text → validated, normalised DocumentInput, or an InputError with every problem found.
import { diagnostic, InputError, type Diagnostic } from '../diagnostics';
import type { DocType, DocumentInput, Point } from '../model/input';
import type { Profile } from '../profile/profile';
import { parseDocumentDate } from './parse-date';
import { parseYaml, type ParsedYaml } from './parse-yaml';
import { sanitizeData } from './sanitize-text';
import { validateInput } from './validate-input';

/* The schema has checked every shape below; these types only name what it guarantees. */
type Lines = string | string[];
type RawPoint = string | { doan: Lines; cac_y?: string[] };
type RawInput = {
  loai: DocType;
  co_quan: { cap_tren?: Lines; ten: Lines; ky_hieu: string };
  so_ky_hieu: { so: string; loai?: string; don_vi?: string };
  dia_danh: string;
  ngay: string;
  trich_yeu: Lines;
  kinh_gui?: Lines;
  noi_dung: { mo_dau?: Lines; cac_diem?: RawPoint[]; ket_thuc?: Lines };
  ky: { quyen_han?: string; chuc_vu?: string; ho_ten: string };
  noi_nhan?: string[];
};

export function loadInput(text: string, file: string, profile: Profile): DocumentInput {
  return checkInput(parseDocumentYaml(text, file), file, profile);
}

/** The YAML step alone: a mail merge parses its document once and checks each filled copy. */
export function parseDocumentYaml(text: string, file: string): ParsedYaml {
  const parsed = parseYaml(stripByteOrderMark(text), file);
  if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
    throw new InputError([diagnostic('yaml-not-mapping', file, { line: 1, col: 1 })]);
  }
  return parsed;
}

/** Parsed YAML → validated, normalised input (changes parsed.data: pass a fresh copy). */
export function checkInput(parsed: ParsedYaml, file: string, profile: Profile, found: Diagnostic[] = []): DocumentInput {
  const problems = [...found, ...keepNumberAsText(parsed, file)];
  parsed.data = sanitizeData(parsed.data);
  problems.push(...validateInput(parsed, file));
  const raw = parsed.data as RawInput;
  const date = typeof raw.ngay === 'string' ? parseDocumentDate(raw.ngay) : undefined;
  if (date && !date.ok) problems.push(diagnostic(date.reason, file, parsed.locate(['ngay']), { value: raw.ngay }));
  if (problems.some((p) => p.severity === 'error')) throw new InputError(problems.sort(byPosition));
  return normalize(raw, date && date.ok ? date.iso : '', profile);
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.col ?? 0) - (b.pos?.col ?? 0);
}

/** A BOM or CRLF line ends from Windows editors must not change the result. */
function stripByteOrderMark(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

/**
 * `so: 05` is the number 5 in YAML (docx-pitfalls D12): refuse it, since the zero is lost.
 * `so: 1023` loses nothing, so it is kept, as the text it was written as.
 */
function keepNumberAsText(parsed: ParsedYaml, file: string): Diagnostic[] {
  const data = parsed.data as { so_ky_hieu?: { so?: unknown } };
  const so = data.so_ky_hieu?.so;
  if (typeof so !== 'number') return [];
  const raw = parsed.sourceOf(['so_ky_hieu', 'so']) ?? String(so);
  if (/^[1-9]\d*$/.test(raw)) {
    data.so_ky_hieu!.so = raw;
    return [];
  }
  const value = String(so);
  return [diagnostic('number-leading-zero', file, parsed.locate(['so_ky_hieu', 'so']), { raw, value })];
}

function normalize(raw: RawInput, isoDate: string, profile: Profile): DocumentInput {
  return {
    loai: raw.loai,
    co_quan: {
      cap_tren: lines(raw.co_quan.cap_tren),
      ten: lines(raw.co_quan.ten),
      ky_hieu: raw.co_quan.ky_hieu,
    },
    so_ky_hieu: {
      so: raw.so_ky_hieu.so,
      loai: raw.so_ky_hieu.loai ?? profile.type_codes[raw.loai] ?? '',
      co_quan: raw.co_quan.ky_hieu,
      don_vi: raw.so_ky_hieu.don_vi ?? null,
    },
    dia_danh: raw.dia_danh.trim(),
    ngay: isoDate,
    trich_yeu: lines(raw.trich_yeu),
    kinh_gui: lines(raw.kinh_gui),
    noi_dung: {
      mo_dau: paragraphs(raw.noi_dung.mo_dau),
      cac_diem: (raw.noi_dung.cac_diem ?? []).map(point),
      ket_thuc: paragraphs(raw.noi_dung.ket_thuc),
    },
    ky: {
      quyen_han: raw.ky.quyen_han?.trim() || null,
      chuc_vu: raw.ky.chuc_vu?.trim() || null,
      ho_ten: raw.ky.ho_ten.trim(),
    },
    noi_nhan: (raw.noi_nhan ?? []).map(oneLine).filter(Boolean),
  };
}

function point(raw: RawPoint): Point {
  return typeof raw === 'string'
    ? { doan: paragraphs(raw), cac_y: [] }
    : { doan: paragraphs(raw.doan), cac_y: (raw.cac_y ?? []).map(oneLine) };
}

/** Explicit lines: a list, or the lines of a block scalar. */
function lines(value: Lines | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : value.split('\n');
  return list.map((l) => l.trim()).filter(Boolean);
}

/** Paragraphs: list items, or a block split at blank lines; single line breaks are spaces. */
function paragraphs(value: Lines | undefined): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : value.split(/\n[ \t]*\n/);
  return list.map(oneLine).filter(Boolean);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
