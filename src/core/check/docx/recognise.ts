// Which paragraph of a .docx is which part of a Party document, from its text and position:
// the header block (issuing body, "*", number, công văn subject | Party title, date), the type
// title and "về …" subject, "Kính gửi", the body, then the signature and "Nơi nhận". Tables
// and tab-separated columns both count as the two columns of the header and signature.
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

export type Recognised = { lines: Line[]; headerTable?: number };

export function recognise(paragraphs: readonly DocxParagraph[]): Recognised {
  const nonEmpty = paragraphs.filter((p) => p.text.trim());
  const lines = nonEmpty.flatMap((p, i) => splitColumns(p, i < HEADER_SCAN || i >= nonEmpty.length - SIGNATURE_SCAN));
  const headerEnd = recogniseHeader(lines);
  const headerTable = headerEnd >= 0 ? tableOf(lines, headerEnd) : undefined;
  const signatureStart = recogniseSignature(lines, headerEnd + 1);
  recogniseMiddle(lines, headerEnd + 1, signatureStart);
  return { lines: lines.filter((l) => l.role), headerTable };
}

/** Table cells are columns; outside tables, tabs separate the left and right columns. */
function splitColumns(p: DocxParagraph, mayBeColumns: boolean): Line[] {
  if (p.table) return [{ p, text: p.text, start: 0, column: p.table.cell === 0 ? 'left' : 'right' }];
  if (!mayBeColumns || !p.text.includes('\t') || /^\s*Kính gửi/u.test(p.text)) return [{ p, text: p.text, start: 0, column: 'full' }];
  const segments = [...p.text.matchAll(/[^\t]+/g)].filter((m) => m[0].trim());
  if (segments.length < 2) return [{ p, text: p.text, start: 0, column: 'full' }];
  return segments.map((m, i) => ({ p, text: m[0], start: m.index!, column: i === 0 ? 'left' : 'right' }));
}

const tableOf = (lines: Line[], i: number): number | undefined => lines[i]?.p.table?.index;
const isBold = (l: Line) => l.p.runs.some((r) => r.props.bold && r.text.trim());
const isItalic = (l: Line) => l.p.runs.some((r) => r.props.italic && r.text.trim());
const text = (l: Line) => squash(l.text);

/** Marks the header block; returns the index of its last line (-1 when there is none). */
function recogniseHeader(lines: Line[]): number {
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
  if (anchors.length === 0) return -1;
  let end = Math.max(...anchors);
  const table = tableOf(lines, number >= 0 ? number : party);
  if (table !== undefined) end = Math.max(end, ...range(0, lines.length).filter((i) => lines[i]!.p.table?.index === table));

  // The issuing body (bold) and the superior body above it: left-column lines before the "*".
  const bodyEnd = star >= 0 ? star : number >= 0 ? number : end + 1;
  const names = range(0, bodyEnd).filter((i) => !lines[i]!.role && lines[i]!.column !== 'right');
  names.forEach((i, k) => mark(i, k >= issuingFrom(names.map((n) => lines[n]!)) ? 'issuing-body' : 'superior-body'));

  // The công văn subject: left-column lines under the number (in the table, or italic / "V/v").
  if (number >= 0) {
    for (let i = number + 1; i <= Math.min(end + 3, lines.length - 1); i++) {
      const l = lines[i]!;
      if (l.role || l.column === 'right') continue;
      // In a header table the subject is in it; without one, it is an italic or "V/v" line.
      const inTable = table !== undefined && l.p.table?.index === table;
      if (table !== undefined ? !inTable : !(/^V\/v\b/u.test(text(l)) || (isItalic(l) && l.column === 'left'))) break;
      mark(i, 'cv-subject');
      end = Math.max(end, i);
    }
  }
  return end;
}

/** Lines that name a superior body (§5.2): the cấp ủy's đảng bộ, or the Central Committee. */
const SUPERIOR = ['dang-bo-', 'ban-chap-hanh-trung-uong'];

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

/** Marks the signature and "Nơi nhận"; returns the index where they start. */
function recogniseSignature(lines: Line[], from: number): number {
  const scanFrom = Math.max(from, lines.length - SIGNATURE_SCAN);
  const candidates = range(scanFrom, lines.length);
  const label = candidates.filter((i) => slug(lines[i]!.text).startsWith('noi-nhan')).at(-1);
  const authorities = candidates.filter((i) => isAuthority(lines[i]!));
  let start = Math.min(label ?? Infinity, authorities[0] ?? Infinity);
  if (start === Infinity) return markBareSignature(lines, from);
  const table = lines[start]!.p.table?.index;
  if (table !== undefined) start = Math.min(start, lines.findIndex((l) => l.p.table?.index === table));
  if (label !== undefined) lines[label]!.role = 'noi-nhan-label';
  for (const i of authorities) lines[i]!.role = 'signer-authority';
  const afterLabel = (i: number) => label !== undefined && i > label;
  const signature: number[] = [];
  for (const i of range(start, lines.length)) {
    const l = lines[i]!;
    if (l.role) continue;
    const recipient = l.column === 'left' || (l.column === 'full' && afterLabel(i) && /^[-–+•]/u.test(text(l)));
    if (recipient && afterLabel(i)) l.role = 'noi-nhan';
    else if (l.column !== 'left' && (authorities.length === 0 || i > authorities[0]!)) signature.push(i);
  }
  markTitlesAndName(lines, signature);
  return start;
}

const isAuthority = (l: Line) => {
  const a = readAuthority(l.text);
  return a !== undefined && text(l).length < 70 && (a.rest === '' || isUpperCase(a.rest));
};

/** The lines under the authority: titles in capitals, then the name (the last line). */
function markTitlesAndName(lines: Line[], signature: number[]): void {
  const last = signature.at(-1);
  if (last === undefined) return;
  const nameIsLast = signature.length > 1 || !isUpperCase(lines[last]!.text);
  for (const i of signature) lines[i]!.role = i === last && nameIsLast ? 'signer-name' : 'signer-title';
}

/** No "Nơi nhận" and no T/M…: a head who signs directly, "TRƯỞNG BAN" then the name, at the end. */
function markBareSignature(lines: Line[], from: number): number {
  const last = lines.length - 1;
  const name = lines[last];
  if (!name || last < from || text(name).length > 40 || /[.,;:]$/.test(text(name)) || text(name).split(' ').length > 7) return lines.length;
  let start = last;
  while (start - 1 >= from && last - start < 2 && isUpperCase(lines[start - 1]!.text) && text(lines[start - 1]!).length < 50) start--;
  markTitlesAndName(lines, range(start, last + 1));
  return start;
}

/** Type title and subject, "Kính gửi", then the body. */
function recogniseMiddle(lines: Line[], from: number, to: number): void {
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
    title &&= (first && !/^(về|V\/v)\s/iu.test(text(l))) || isUpperCase(l.text);
    l.role = title ? 'type-title' : 'subject';
  }
  for (; i < to; i++) {
    const l = lines[i]!;
    if (l.role || separator(l)) continue;
    if (/^Kính gửi/u.test(text(l))) {
      l.role = 'kinh-gui';
      while (i + 1 < to && /^[-–+]\s/u.test(text(lines[i + 1]!)) && /[,.;]$/.test(text(lines[i + 1]!))) lines[++i]!.role = 'kinh-gui';
      continue;
    }
    const marker = readMarker(l.text);
    l.role = marker && marker.level !== 'letter' ? 'point' : marker || /^[-+–]\s/u.test(text(l)) ? 'sub-point' : 'body';
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
