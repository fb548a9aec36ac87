// Which paragraph of a .docx is which part of a Party document, from its text and position:
// the header block (issuing body, "*", number, công văn subject, marks | Party title, date),
// the type title and subject, "Kính gửi", the body (points, divisions, tables), then the
// signature and "Nơi nhận". Tables and tab-separated columns both count as the two columns of
// the header and the signature. Appendices and a copy block after the signature are left out.
import { readAuthority, readMarker, STATE_LINES } from '../read-printed';
import { isUpperCase, slug, squash } from '../text';
import type { DocxParagraph } from './paragraphs';

export type Column = 'left' | 'right' | 'full';

/** A paragraph, or one tab-separated column of it. */
export type Line = { p: DocxParagraph; text: string; start: number; column: Column; role?: string };

/** How far from the top the header block may reach, and from the end the signature. */
const HEADER_SCAN = 25;
const SIGNATURE_SCAN = 30;

// Also "ngày 05/01/2024": a date line, if not in the standard's words (date-valid says so).
const DATE = /ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|[/.-]\d{1,2}[/.-])\d{4}/u;
const NUMBER = /^Số\s*:?\s*\S*\d/u;
const SECRECY = ['mat', 'toi-mat', 'tuyet-mat'];
const URGENCY = /^(khan|thuong-khan|hoa-toc)/;
const COPY_FORMS = ['sao-y-ban-chinh', 'trich-sao', 'sao-luc', 'ban-sao'];
/** Lines that name a superior body (§5.2): the cấp ủy's đảng bộ, or the Central Committee. */
const SUPERIOR = ['dang-bo-', 'ban-chap-hanh-trung-uong'];

export type Recognised = { lines: Line[]; headerTable?: number };

export function recognise(paragraphs: readonly DocxParagraph[]): Recognised {
  const nonEmpty = paragraphs.filter((p) => p.text.trim());
  const lines = nonEmpty.flatMap((p, i) => splitColumns(p, i < HEADER_SCAN || i >= nonEmpty.length - SIGNATURE_SCAN));
  const header = recogniseHeader(lines);
  const main = lines.slice(0, mainEnd(lines, header.end + 1));
  const signature = recogniseSignature(main, header.end + 1, header.table);
  recogniseMiddle(main, header.end + 1, signature.start, [header.table, signature.table]);
  return { lines: main.filter((l) => l.role), headerTable: header.table };
}

/** Table cells are columns; outside tables, tabs separate the left and right columns. */
function splitColumns(p: DocxParagraph, mayBeColumns: boolean): Line[] {
  if (p.table) return [{ p, text: p.text, start: 0, column: p.table.cell === 0 ? 'left' : 'right' }];
  if (!mayBeColumns || !p.text.includes('\t') || /^\s*Kính gửi/u.test(p.text)) return [{ p, text: p.text, start: 0, column: 'full' }];
  const segments = [...p.text.matchAll(/[^\t]+/g)].filter((m) => m[0].trim());
  if (segments.length < 2) return [{ p, text: p.text, start: 0, column: 'full' }];
  return segments.map((m, i) => ({ p, text: m[0], start: m.index!, column: i === 0 ? 'left' : 'right' }));
}

const tableOf = (l: Line | undefined): number | undefined => l?.p.table?.index;
const isBold = (l: Line) => l.p.runs.some((r) => r.props.bold && r.text.trim());
const isItalic = (l: Line) => l.p.runs.some((r) => r.props.italic && r.text.trim());
const text = (l: Line) => squash(l.text);
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** Marks the header block; returns the index of its last line (-1: none) and its table. */
function recogniseHeader(lines: Line[]): { end: number; table?: number } {
  const scan = lines.slice(0, HEADER_SCAN);
  const find = (test: (l: Line) => boolean) => scan.findIndex((l) => !l.role && test(l));
  const mark = (i: number, role: string) => i >= 0 && (lines[i]!.role = role);
  scan.forEach((l, i) => STATE_LINES.some((s) => slug(l.text).startsWith(s)) && mark(i, 'state-motto'));
  const party = find((l) => slug(l.text).includes('dang-cong-san'));
  mark(party, 'party-title');
  const number = find((l) => NUMBER.test(text(l)));
  mark(number, 'number');
  const date = find((l) => DATE.test(text(l)));
  mark(date, 'place-date');
  const star = find((l) => text(l) === '*');
  mark(star, 'star');
  const anchors = [party, number, date, star, ...scan.flatMap((l, i) => (l.role === 'state-motto' ? [i] : []))].filter((i) => i >= 0);
  if (anchors.length === 0) return { end: -1 };
  const table = tableOf(lines[number >= 0 ? number : party]);
  const inTable = (i: number) => table !== undefined && lines[i]!.p.table?.index === table;
  const end = Math.max(...anchors, ...range(0, lines.length).filter(inTable));
  // "Dự thảo" stands above the header block.
  const first = table !== undefined ? range(0, lines.length).find(inTable)! : Math.min(...anchors);
  range(0, first).forEach((i) => /^(dự|Dự|DỰ) (thảo|THẢO)/.test(text(lines[i]!)) && mark(i, 'draft-mark'));

  // The issuing body (bold) and the superior body above it: left-column lines before the "*".
  const bodyEnd = star >= 0 ? star : number >= 0 ? number : end + 1;
  const names = range(0, bodyEnd).filter((i) => !lines[i]!.role && lines[i]!.column !== 'right' && (table === undefined || inTable(i)));
  names.forEach((i, k) => mark(i, k >= issuingFrom(names.map((n) => lines[n]!)) ? 'issuing-body' : 'superior-body'));

  // Under the number: the công văn subject (in thường), and marks in capitals (MẬT, KHẨN …).
  let last = end;
  if (number >= 0) {
    for (let i = number + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (l.role || l.column === 'right') continue;
      // In a header table they are in it; without one, a "V/v", italic or capitals line.
      const underNumber = table !== undefined ? inTable(i) : i <= end + 3 && (/^V\/v\b/u.test(text(l)) || (isItalic(l) && l.column === 'left') || isUpperCase(l.text));
      if (!underNumber) break;
      mark(i, markRole(l) ?? 'cv-subject');
      last = Math.max(last, i);
    }
  }
  return { end: last, table };
}

/** MẬT, KHẨN, HỎA TỐC …, or another line in capitals (phạm vi lưu hành). */
function markRole(l: Line): string | undefined {
  const s = slug(l.text);
  if (SECRECY.includes(s)) return 'secrecy-mark';
  if (URGENCY.test(s)) return 'urgency-mark';
  return isUpperCase(l.text) ? 'circulation-mark' : undefined;
}

/**
 * Where the issuing body starts among the name lines: after a line naming a superior body,
 * else at the first bold line (the issuing body is bold, the superior body is not), else the
 * last line.
 */
function issuingFrom(names: Line[]): number {
  if (names.length > 1 && SUPERIOR.some((s) => slug(names[0]!.text).startsWith(s))) return 1;
  const firstBold = names.findIndex(isBold);
  return firstBold >= 0 ? firstBold : names.length - 1;
}

/** Where the document itself ends: at "Phụ lục", or at a copy block's form ("SAO Y BẢN CHÍNH"). */
function mainEnd(lines: Line[], from: number): number {
  const end = lines.findIndex((l, i) => i >= from && (/^phu-luc(-\d+)?$/.test(slug(l.text)) || COPY_FORMS.includes(slug(l.text))));
  if (end < 0) return lines.length;
  // A copy block starts with its own header table: cut before the whole table.
  const table = tableOf(lines[end]);
  return table === undefined ? end : lines.findIndex((l) => l.p.table?.index === table);
}

/** Marks the signature and "Nơi nhận"; returns where they start and their table. */
function recogniseSignature(lines: Line[], from: number, headerTable: number | undefined): { start: number; table?: number } {
  const candidates = range(Math.max(from, lines.length - SIGNATURE_SCAN), lines.length);
  const label = candidates.filter((i) => slug(lines[i]!.text).startsWith('noi-nhan')).at(-1);
  const authorities = candidates.filter((i) => isAuthority(lines[i]!));
  const anchor = Math.min(label ?? Infinity, authorities[0] ?? Infinity);
  // Without "Nơi nhận" or T/M…: the last table, if it is the two signers of a biên bản.
  const table = anchor !== Infinity ? tableOf(lines[anchor]) : signerTable(lines, candidates, headerTable);
  if (anchor === Infinity && table === undefined) return { start: markBareSignature(lines, from) };
  const start = Math.min(anchor, ...candidates.filter((i) => table !== undefined && lines[i]!.p.table?.index === table));
  if (label !== undefined) lines[label]!.role = 'noi-nhan-label';
  const afterLabel = (i: number) => label !== undefined && i > label && (lines[i]!.column === 'left' || /^[-–+•]/u.test(text(lines[i]!)));
  // Signer lines, by column (a biên bản has two signers side by side).
  const signers = new Map<string, number[]>();
  for (const i of range(start, lines.length)) {
    const l = lines[i]!;
    if (l.role) continue;
    if (afterLabel(i) && (table === undefined || l.p.table?.cell === lines[label!]!.p.table?.cell)) l.role = 'noi-nhan';
    else if (l.column !== 'left' || table !== undefined) {
      const key = table !== undefined ? `${l.p.table?.row}|${l.p.table?.cell}` : 'right';
      signers.set(key, [...(signers.get(key) ?? []), i]);
    }
  }
  for (const cell of signers.values()) markSigner(lines, cell);
  return { start, table };
}

const isAuthority = (l: Line) => {
  const a = readAuthority(l.text);
  return a !== undefined && text(l).length < 70 && (a.rest === '' || isUpperCase(a.rest));
};

/** The last table near the end whose cells hold a few lines each, the last of them a name. */
function signerTable(lines: Line[], candidates: number[], headerTable: number | undefined): number | undefined {
  const table = tableOf(lines[candidates.at(-1) ?? -1]);
  if (table === undefined || table === headerTable) return undefined;
  const cells = new Map<string, Line[]>();
  for (const l of lines.filter((x) => x.p.table?.index === table)) {
    const key = `${l.p.table!.row}|${l.p.table!.cell}`;
    cells.set(key, [...(cells.get(key) ?? []), l]);
  }
  const signerLike = (cell: Line[]) => cell.length <= 6 && !isUpperCase(cell.at(-1)!.text) && cell.slice(0, -1).every((l) => isUpperCase(l.text));
  return [...cells.values()].every(signerLike) ? table : undefined;
}

/** A signer's lines: the authority (T/M…, or bold capitals first), titles in capitals, the name last. */
function markSigner(lines: Line[], cell: number[]): void {
  const authority = (i: number, k: number) => isAuthority(lines[i]!) || (k === 0 && isBold(lines[i]!) && isUpperCase(lines[i]!.text));
  const rest = cell.filter((i, k) => {
    if (!authority(i, k)) return true;
    lines[i]!.role = 'signer-authority';
    return false;
  });
  const last = rest.at(-1);
  // A lone line in capitals is a title: the name is missing (signature-name says so).
  const nameIsLast = last !== undefined && (rest.length > 1 || !isUpperCase(lines[last]!.text));
  for (const i of rest) lines[i]!.role = i === last && nameIsLast ? 'signer-name' : 'signer-title';
}

/** No "Nơi nhận" and no T/M…: a head who signs directly, "TRƯỞNG BAN" then the name, at the end. */
function markBareSignature(lines: Line[], from: number): number {
  const last = lines.length - 1;
  const name = lines[last];
  if (!name || last < from || text(name).length > 40 || /[.,;:]$/.test(text(name)) || text(name).split(' ').length > 7) return lines.length;
  let start = last;
  while (start - 1 >= from && last - start < 2 && isUpperCase(lines[start - 1]!.text) && text(lines[start - 1]!).length < 50) start--;
  range(start, last + 1).forEach((i) => (lines[i]!.role = i === last ? 'signer-name' : 'signer-title'));
  return start;
}

/** Type title and subject, "Kính gửi", then the body: points, divisions, tables. */
function recogniseMiddle(lines: Line[], from: number, to: number, ownTables: (number | undefined)[]): void {
  let i = from;
  const centred = (l: Line) => l.p.props.align === 'center';
  const separator = (l: Line) => /^[-–_*=.\s]+$/.test(text(l));
  // Title lines: the first centred line ("NGHỊ QUYẾT") and capitals after it (a conference
  // line), then the subject ("về …"); a centred "V/v …" is a công văn subject out of place.
  let title = true;
  while (i < to && (centred(lines[i]!) || separator(lines[i]!)) && !readMarker(lines[i]!.text) && !/^Kính gửi/u.test(text(lines[i]!))) {
    const l = lines[i++]!;
    if (separator(l)) continue;
    const first = !lines.slice(from, i - 1).some((x) => x.role);
    title &&= (first && !/^(về|Về|VỀ|V\/v)\s/.test(text(l))) || isUpperCase(l.text);
    l.role = title ? (first ? 'doc-title' : 'doc-subtitle') : 'doc-subject';
  }
  for (; i < to; i++) {
    const l = lines[i]!;
    if (l.role || separator(l)) continue;
    if (/^Kính gửi/u.test(text(l))) {
      l.role = 'kinh-gui';
      while (i + 1 < to && /^[-–+]\s/u.test(text(lines[i + 1]!)) && /[,.;]$/.test(text(lines[i + 1]!))) lines[++i]!.role = 'kinh-gui';
      continue;
    }
    l.role = bodyRole(l, lines[i - 1], ownTables);
  }
}

function bodyRole(l: Line, previous: Line | undefined, ownTables: (number | undefined)[]): string {
  const table = l.p.table;
  if (table && !ownTables.includes(table.index)) return table.row === 0 ? 'table-header' : 'table-cell';
  if (l.p.props.align === 'center') {
    if (/^(Phần|Chương|Mục)\s/u.test(text(l))) return 'division-label';
    if (previous?.role === 'division-label' && isUpperCase(l.text)) return 'division-name';
  }
  const marker = readMarker(l.text);
  if (marker && marker.level !== 'letter') return 'point';
  return marker || /^[-+–]\s/u.test(text(l)) ? 'sub-point' : 'body';
}
