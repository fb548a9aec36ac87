// Which paragraph of a .docx is which part of a Party document, recognised the way a reader
// does: by position, structure and style, with text only to confirm. First the frame — where
// the header block ends (its table, or its last landmark), where the signature and "Nơi nhận"
// start (T/M…, "Nơi nhận", or a table of signers at the end), where appendices and a copy
// block begin — then one pass in document order gives every paragraph a label from its zone,
// its column and its neighbours. Tables and tab-separated columns both count as the two
// columns of the header and the signature.
import { readAuthority, readMarker, STATE_LINES } from '../read-printed';
import { isUpperCase, slug, squash } from '../text';
import type { DocxParagraph } from './paragraphs';

export type Column = 'left' | 'right' | 'full';

/** A paragraph, or one tab-separated column of it. */
export type Line = { p: DocxParagraph; text: string; start: number; column: Column; role?: string };

/** Every paragraph's label, empty ones included ('blank'), appendix and copy lines too. */
export type Label = { paragraph: number; column: Column; role: string; text: string };

export type Recognised = {
  /** The document's own parts (every non-empty line before an appendix or copy block). */
  lines: Line[];
  labels: Label[];
  headerTable?: number;
};

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
const KINH_GUI = /^Kính gửi/u;
const DASHED = /^[-–+]\s/u;

export function recognise(paragraphs: readonly DocxParagraph[]): Recognised {
  const nonEmpty = paragraphs.filter((p) => p.text.trim());
  const lines = nonEmpty.flatMap((p, i) => splitColumns(p, i < HEADER_SCAN || i >= nonEmpty.length - SIGNATURE_SCAN));
  const frame = frameOf(lines);
  labelAll(lines, frame);
  const byParagraph = new Map<number, Line[]>();
  for (const l of lines) byParagraph.set(l.p.index, [...(byParagraph.get(l.p.index) ?? []), l]);
  const labels = paragraphs.flatMap((p) =>
    (byParagraph.get(p.index) ?? [{ p, text: p.text, start: 0, column: 'full' as Column, role: 'blank' }]).map((l) => ({ paragraph: p.index, column: l.column, role: l.role!, text: l.text })),
  );
  return { lines: lines.slice(0, frame.mainEnd), labels, headerTable: frame.header.table };
}

/** Table cells are columns; outside tables, tabs separate the left and right columns. */
function splitColumns(p: DocxParagraph, mayBeColumns: boolean): Line[] {
  if (p.table) return [{ p, text: p.text, start: 0, column: p.table.cell === 0 ? 'left' : 'right' }];
  if (!mayBeColumns || !p.text.includes('\t') || KINH_GUI.test(p.text.trim())) return [{ p, text: p.text, start: 0, column: 'full' }];
  const segments = [...p.text.matchAll(/[^\t]+/g)].filter((m) => m[0].trim());
  if (segments.length < 2) return [{ p, text: p.text, start: 0, column: 'full' }];
  return segments.map((m, i) => ({ p, text: m[0], start: m.index!, column: i === 0 ? 'left' : 'right' }));
}

const tableOf = (l: Line | undefined): number | undefined => l?.p.table?.index;
const isBold = (l: Line) => l.p.runs.some((r) => r.props.bold && r.text.trim());
const isItalic = (l: Line) => l.p.runs.some((r) => r.props.italic && r.text.trim());
const text = (l: Line) => squash(l.text);
const centred = (l: Line) => l.p.props.align === 'center';
const separator = (l: Line) => /^[-–_*=.\s]+$/.test(text(l));
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

// ---------------------------------------------------------------------------------------------
// The frame: where each zone of the document starts and ends, from structure and position.

type Header = {
  /** Index of its last line (-1: no header block). */
  end: number;
  table?: number;
  party: number;
  number: number;
  date: number;
  star: number;
  /** The name lines (superior and issuing body) and where the issuing body starts among them. */
  names: number[];
  issuingFrom: number;
  /** Lines under the number: the công văn subject and marks. */
  underNumber: number[];
  draft: number[];
};

type Signature = {
  start: number;
  table?: number;
  label?: number;
  /** Signer lines by cell (a biên bản has two signers side by side). */
  signers: number[][];
  recipients: number[];
  /** A head who signs directly at the very end, with no T/M and no "Nơi nhận". */
  bare: boolean;
};

type Frame = { header: Header; mainEnd: number; signature: Signature };

function frameOf(lines: Line[]): Frame {
  const header = headerOf(lines);
  const mainEnd = mainEndOf(lines, header.end + 1);
  const signature = signatureOf(lines.slice(0, mainEnd), header.end + 1, header.table);
  return { header, mainEnd, signature };
}

function headerOf(lines: Line[]): Header {
  const scan = range(0, Math.min(HEADER_SCAN, lines.length));
  const state = new Set(scan.filter((i) => STATE_LINES.some((s) => slug(lines[i]!.text).startsWith(s))));
  const free = (i: number) => !state.has(i);
  const find = (test: (l: Line) => boolean, not: number[] = []) => scan.find((i) => free(i) && !not.includes(i) && test(lines[i]!)) ?? -1;
  const party = find((l) => slug(l.text).includes('dang-cong-san'));
  const number = find((l) => l.column !== 'right' && NUMBER.test(text(l)), [party]);
  // The date line is the right column's (or, without columns, a line of its own): a công văn
  // subject under the number in the left column may hold a date and is still the subject.
  const date = find((l) => DATE.test(text(l)) && !/^V\/v\b/u.test(text(l)) && (l.column === 'right' || (l.column === 'full' && dateLook(l))), [party, number]);
  const star = find((l) => text(l) === '*', [party, number, date]);
  const anchors = [party, number, date, star, ...state].filter((i) => i >= 0);
  const empty: Header = { end: -1, party: -1, number: -1, date: -1, star: -1, names: [], issuingFrom: 0, underNumber: [], draft: [] };
  if (anchors.length === 0) return empty;
  const table = tableOf(lines[number >= 0 ? number : party]);
  const inTable = (i: number) => table !== undefined && lines[i]!.p.table?.index === table;
  let end = Math.max(...anchors, ...range(0, lines.length).filter(inTable));
  // "Dự thảo" stands above the header block.
  const first = table !== undefined ? range(0, lines.length).find(inTable)! : Math.min(...anchors);
  const draft = range(0, first).filter((i) => /^(dự|Dự|DỰ) (thảo|THẢO)/.test(text(lines[i]!)));
  const taken = new Set([party, number, date, star, ...state, ...draft]);

  // The issuing body (bold) and the superior body above it: left-column lines before the "*".
  const bodyEnd = star >= 0 ? star : number >= 0 ? number : end + 1;
  const names = range(0, bodyEnd).filter((i) => !taken.has(i) && lines[i]!.column !== 'right' && (table === undefined || inTable(i)));
  names.forEach((i) => taken.add(i));

  // Under the number: the công văn subject (in thường), and marks in capitals (MẬT, KHẨN …).
  const underNumber: number[] = [];
  if (number >= 0) {
    for (let i = number + 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (taken.has(i) || l.column === 'right') continue;
      // In a header table they are in it; without one, a "V/v", italic or capitals line.
      const under = table !== undefined ? inTable(i) : i <= end + 3 && (/^V\/v\b/u.test(text(l)) || (isItalic(l) && l.column === 'left') || isUpperCase(l.text));
      if (!under || KINH_GUI.test(text(l))) break;
      underNumber.push(i);
      end = Math.max(end, i);
    }
  }
  return { end, table, party, number, date, star, names, issuingFrom: issuingFrom(names.map((n) => lines[n]!)), underNumber, draft };
}

/** A date line across the page (no columns): centred or to the right, or "<place>, ngày …". */
function dateLook(l: Line): boolean {
  return l.p.props.align === 'center' || l.p.props.align === 'right' || /^[^,]{1,40},\s*ngày\s/u.test(text(l));
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
function mainEndOf(lines: Line[], from: number): number {
  const end = lines.findIndex((l, i) => i >= from && (/^phu-luc(-\d+)?$/.test(slug(l.text)) || COPY_FORMS.includes(slug(l.text))));
  if (end < 0) return lines.length;
  // A copy block starts with its own header table: cut before the whole table.
  const table = tableOf(lines[end]);
  return table === undefined ? end : lines.findIndex((l) => l.p.table?.index === table);
}

function signatureOf(lines: Line[], from: number, headerTable: number | undefined): Signature {
  const candidates = range(Math.max(from, lines.length - SIGNATURE_SCAN), lines.length);
  const label = candidates.filter((i) => slug(lines[i]!.text).startsWith('noi-nhan')).at(-1);
  const authorities = candidates.filter((i) => isAuthority(lines[i]!));
  const anchor = Math.min(label ?? Infinity, authorities[0] ?? Infinity);
  // Without "Nơi nhận" or T/M…: the last table, if it is the two signers of a biên bản.
  const table = anchor !== Infinity ? tableOf(lines[anchor]) : signerTable(lines, candidates, headerTable);
  if (anchor === Infinity && table === undefined) return bareSignature(lines, from);
  const start = Math.min(anchor, ...candidates.filter((i) => table !== undefined && lines[i]!.p.table?.index === table));
  const afterLabel = (i: number) => label !== undefined && i > label && (lines[i]!.column === 'left' || DASHED.test(text(lines[i]!)) || /^[-–+•]/u.test(text(lines[i]!)));
  const recipients: number[] = [];
  const cells = new Map<string, number[]>();
  for (const i of range(start, lines.length)) {
    const l = lines[i]!;
    if (i === label) continue;
    if (afterLabel(i) && (table === undefined || l.p.table?.cell === lines[label!]!.p.table?.cell)) recipients.push(i);
    else if (l.column !== 'left' || table !== undefined) {
      const key = table !== undefined ? `${l.p.table?.row}|${l.p.table?.cell}` : 'right';
      cells.set(key, [...(cells.get(key) ?? []), i]);
    }
  }
  return { start, table, label, signers: [...cells.values()], recipients, bare: false };
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

/** No "Nơi nhận" and no T/M…: a head who signs directly, "TRƯỞNG BAN" then the name, at the end. */
function bareSignature(lines: Line[], from: number): Signature {
  const last = lines.length - 1;
  const name = lines[last];
  const none: Signature = { start: lines.length, signers: [], recipients: [], bare: true };
  if (!name || last < from || text(name).length > 40 || /[.,;:]$/.test(text(name)) || text(name).split(' ').length > 7) return none;
  let start = last;
  while (start - 1 >= from && last - start < 2 && isUpperCase(lines[start - 1]!.text) && text(lines[start - 1]!).length < 50) start--;
  return { start, signers: [range(start, last + 1)], recipients: [], bare: true };
}

// ---------------------------------------------------------------------------------------------
// One pass: every line gets its label, in document order.

function labelAll(lines: Line[], frame: Frame): void {
  const { header, signature, mainEnd } = frame;
  const headerRoles = headerLabels(lines, header);
  const signatureRoles = signatureLabels(lines, signature);
  const own = [header.table, signature.table];
  let zone: 'title' | 'body' = 'title';
  let kinhGui: 'none' | 'open' | 'closed' = 'none';
  for (const [i, l] of lines.entries()) {
    const previous = lines[i - 1];
    if (i >= mainEnd) l.role = sectionLabel(lines, mainEnd);
    else if (headerRoles.has(i)) l.role = headerRoles.get(i);
    else if (i < signature.start && i <= header.end) l.role = 'header-other';
    else if (i >= signature.start) l.role = signatureRoles.get(i) ?? 'signature-other';
    else if (separator(l)) {
      // "-----" closes the title block: what follows is the body, centred or not; the line
      // just above it is the subject, even in capitals (central documents print it so).
      const titled = lines.slice(header.end + 1, i).filter((x) => x.role?.startsWith('doc-'));
      if (zone === 'title' && titled.length > 0) {
        zone = 'body';
        if (!titled.some((x) => x.role === 'doc-subject') && titled.at(-1)!.role === 'doc-subtitle') titled.at(-1)!.role = 'doc-subject';
      }
      l.role = 'separator';
    }
    else if (zone === 'title' && centred(l) && !readMarker(l.text) && !KINH_GUI.test(text(l))) {
      l.role = titleRole(lines, i, header.end + 1);
    } else if (KINH_GUI.test(text(l)) && kinhGui === 'none') {
      // "Kính gửi: A." alone, "Kính gửi: - A," with "- B." under it, or the label alone with
      // "- A," … "- B." under it: the list is closed by its full stop.
      zone = 'body';
      l.role = 'kinh-gui';
      // One addressee beside the label ("Kính gửi: Các chi bộ trực thuộc") is the whole list.
      const rest = text(l).replace(/^Kính gửi\s*:?\s*/u, '');
      kinhGui = /\.$/.test(text(l)) || (rest !== '' && !DASHED.test(rest)) ? 'closed' : 'open';
    } else if (kinhGui === 'open' && isRecipient(l, lines, i)) {
      l.role = 'kinh-gui';
      if (/\.$/.test(text(l))) kinhGui = 'closed';
    } else {
      // The first body lines: "- Căn cứ …;" lines followed by a sentence ending ":" are the
      // basis and the enacting sentence of a resolution, decision or regulation.
      if (zone === 'title' || (previous && /^(doc-|separator|kinh-gui)/.test(previous.role ?? ''))) markBasis(lines, i, signature.start);
      zone = 'body';
      if (kinhGui === 'open') kinhGui = 'closed';
      l.role ??= bodyRole(l, previous, own);
    }
  }
}

/** The header block's labels, from the frame's landmarks. */
function headerLabels(lines: Line[], h: Header): Map<number, string> {
  const roles = new Map<number, string>();
  for (const [i, l] of lines.entries()) {
    if (i > h.end + 1 && i > HEADER_SCAN) break;
    if (STATE_LINES.some((s) => slug(l.text).startsWith(s)) && i < HEADER_SCAN) roles.set(i, 'state-motto');
  }
  const set = (i: number, role: string) => i >= 0 && roles.set(i, role);
  set(h.party, 'party-title');
  set(h.number, 'number');
  set(h.date, 'place-date');
  set(h.star, 'star');
  h.draft.forEach((i) => set(i, 'draft-mark'));
  h.names.forEach((i, k) => set(i, k >= h.issuingFrom ? 'issuing-body' : 'superior-body'));
  h.underNumber.forEach((i) => set(i, markRole(lines[i]!) ?? 'cv-subject'));
  return roles;
}

/** MẬT, KHẨN, HỎA TỐC …, or another line in capitals (phạm vi lưu hành). */
function markRole(l: Line): string | undefined {
  const s = slug(l.text);
  if (SECRECY.includes(s)) return 'secrecy-mark';
  if (URGENCY.test(s)) return 'urgency-mark';
  return isUpperCase(l.text) ? 'circulation-mark' : undefined;
}

/** The signature block's labels: "Nơi nhận", its lines, and each signer's lines. */
function signatureLabels(lines: Line[], s: Signature): Map<number, string> {
  const roles = new Map<number, string>();
  if (s.label !== undefined) roles.set(s.label, 'noi-nhan-label');
  s.recipients.forEach((i) => roles.set(i, 'noi-nhan'));
  for (const cell of s.signers) {
    // The authority (T/M…, or bold capitals first), titles in capitals, the name last.
    const authority = (i: number, k: number) => !s.bare && (isAuthority(lines[i]!) || (k === 0 && isBold(lines[i]!) && isUpperCase(lines[i]!.text)));
    const rest = cell.filter((i, k) => {
      if (!authority(i, k)) return true;
      roles.set(i, 'signer-authority');
      return false;
    });
    const last = rest.at(-1);
    // A lone line in capitals is a title: the name is missing (signature-name says so).
    const nameIsLast = last !== undefined && (rest.length > 1 || !isUpperCase(lines[last]!.text));
    for (const i of rest) roles.set(i, i === last && nameIsLast ? 'signer-name' : 'signer-title');
  }
  return roles;
}

/**
 * Title lines: the first centred line ("NGHỊ QUYẾT", "QUY ĐỊNH (BỔ SUNG)") and capitals after it
 * (a conference line), then the subject ("về …"); a centred "V/v …" is a công văn subject out
 * of place.
 */
function titleRole(lines: Line[], i: number, from: number): string {
  const before = lines.slice(from, i).filter((x) => x.role && x.role !== 'separator' && x.role !== 'header-other');
  const first = before.length === 0;
  const l = lines[i]!;
  const stillTitle = before.every((x) => x.role === 'doc-title' || x.role === 'doc-subtitle');
  if (first && !/^(về|Về|VỀ|V\/v)\s/.test(text(l))) return 'doc-title';
  if (!first && stillTitle && isUpperCase(l.text) && !/^(VỀ|V\/V)\s/.test(text(l))) return 'doc-subtitle';
  return 'doc-subject';
}

/**
 * A line of a "Kính gửi" list: "- …" ending with a comma or full stop (or a semicolon, which
 * kinh-gui reports), laid out like the list's other lines, not like a body paragraph.
 */
function isRecipient(l: Line, lines: Line[], i: number): boolean {
  const previous = lines[i - 1]!;
  // Under "Kính gửi:" alone, the next line is an addressee, with or without its dash.
  if (/^Kính gửi\s*:?$/u.test(text(previous)) && !readMarker(l.text)) return true;
  if (!DASHED.test(text(l)) || !/[,.;]$/.test(text(l))) return false;
  if (KINH_GUI.test(text(previous))) return true;
  const look = (x: Line) => `${x.p.props.align ?? ''}|${x.p.props.firstLine ?? ''}|${x.p.props.hanging ?? ''}`;
  return look(previous) === look(l);
}

/** After the document itself: an appendix or a copy block (its own section). */
function sectionLabel(lines: Line[], mainEnd: number): string {
  const start = lines[mainEnd];
  return start && /^phu-luc/.test(slug(start.text)) ? 'appendix' : 'copy';
}

/** From `from`: "- " lines, then one ending ":" — the căn cứ and the enacting sentence. */
function markBasis(lines: Line[], from: number, to: number): void {
  let i = from;
  while (i < to && DASHED.test(text(lines[i]!)) && /[;,.]$/.test(text(lines[i]!))) i++;
  if (i === from || i >= to || !/:$/.test(text(lines[i]!))) return;
  range(from, i).forEach((k) => (lines[k]!.role = 'basis'));
  lines[i]!.role = 'enacting';
}

/** Bold from its first letter to its last: a heading, an article's label. */
const allBold = (l: Line) => l.p.runs.filter((r) => r.text.trim()).every((r) => r.props.bold);
const startsBold = (l: Line) => l.p.runs.find((r) => r.text.trim())?.props.bold === true;

function bodyRole(l: Line, previous: Line | undefined, ownTables: (number | undefined)[]): string {
  const table = l.p.table;
  if (table && !ownTables.includes(table.index)) return table.row === 0 ? 'table-header' : 'table-cell';
  if (centred(l)) {
    if (/^(Phần|Chương|Mục)\s/u.test(text(l))) return 'division-label';
    if (previous?.role === 'division-label' && isUpperCase(l.text)) return 'division-name';
    // A centred block inside the body: a quoted sample heading, a formula.
    if (!readMarker(l.text)) return 'centred-text';
  }
  const marker = readMarker(l.text);
  if (/^Điều\s+\d+/u.test(text(l)) && startsBold(l)) return 'article';
  // Headings are bold through: "I- ĐÁNH GIÁ …" (roman, or capitals) and "1. Kết quả …".
  if (marker && marker.level !== 'letter' && allBold(l)) return marker.level === 'roman' || isUpperCase(marker.rest) ? 'heading-1' : 'heading-2';
  if (marker && marker.level !== 'letter') return 'point';
  return marker || DASHED.test(text(l)) ? 'sub-point' : 'body';
}
