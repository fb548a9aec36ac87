// A .docx file as the checker sees it: its recognised parts with their resolved look, every
// paragraph's text for the hygiene rules, and the page layout (size, margins, header table,
// page numbers).
import type { Profile } from '../../profile/profile';
import { readNumber } from '../read-printed';
import { excerpt, slug } from '../text';
import type { CheckDocument, DocTypeSource, DocxLayout, FontSlot, Part, RunFormat } from '../types';
import { readPackage, type DocxPackage } from './package';
import { readBody, type DocxRun, type DocxTable } from './paragraphs';
import { recognise, type Line } from './recognise';
import { readStyles, type StyleSheet } from './styles';
import { all, kid, kids, num, onOff, type El } from './xml';

export { DocxReadError } from './package';

const TWIPS_PER_MM = 1440 / 25.4;

/** Labels of lines no rule reads: unplaced lines of the header and signature blocks, "-----". */
const NOT_PARTS = new Set(['header-other', 'signature-other', 'separator']);

export function readDocx(bytes: Uint8Array, profile: Profile): CheckDocument {
  const pkg = readPackage(bytes);
  const styles = readStyles(pkg.styles, pkg.theme);
  const bodyEl = kid(kid(pkg.document, 'w:document'), 'w:body');
  const body = readBody(bodyEl, styles);
  const { lines, headerTable } = recognise(body.paragraphs);
  const parts = lines.filter((l) => !NOT_PARTS.has(l.role!)).map(toPart);
  return {
    kind: 'docx',
    ...docType(parts, profile),
    parts,
    texts: body.paragraphs.filter((p) => p.typed.trim()).map((p) => ({ text: p.typed, at: { paragraph: p.index, excerpt: excerpt(p.typed) } })),
    layout: layout(bodyEl, pkg, styles, headerTable === undefined ? undefined : body.tables[headerTable]),
  };
}

function toPart(line: Line): Part {
  const { p } = line;
  const props = p.props;
  const twipsToPt = (v: number | undefined) => (v === undefined ? undefined : v / 20);
  return {
    role: line.role!,
    text: line.text,
    at: { paragraph: p.index, excerpt: excerpt(line.text) },
    format: formatOf(runsIn(p.runs, line.start, line.start + line.text.length)),
    paragraph: {
      align: props.align,
      beforePt: twipsToPt(props.before),
      afterPt: twipsToPt(props.after),
      linePt: twipsToPt(props.line),
      lineRule: props.lineRule === 'exact' || props.lineRule === 'atLeast' ? props.lineRule : 'auto',
      firstLineMm: props.firstLine === undefined ? undefined : props.firstLine / TWIPS_PER_MM,
    },
    autoNumbered: props.numbered === true,
  };
}

/** The runs (or parts of runs) between two offsets of the paragraph text. */
function runsIn(runs: DocxRun[], from: number, to: number): { run: DocxRun; length: number }[] {
  let at = 0;
  return runs.flatMap((run) => {
    const start = at;
    at += run.text.length;
    const length = Math.min(at, to) - Math.max(start, from);
    const visible = run.text.slice(Math.max(0, from - start), Math.max(0, to - start)).replace(/\s/g, '').length;
    return length > 0 && visible > 0 ? [{ run, length: visible }] : [];
  });
}

/** The look of most of the characters: each property by the weight of the text it covers. */
function formatOf(runs: { run: DocxRun; length: number }[]): RunFormat {
  const major = <T>(value: (r: DocxRun) => T): T | undefined => {
    const weights = new Map<T, number>();
    for (const { run, length } of runs) weights.set(value(run), (weights.get(value(run)) ?? 0) + length);
    return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const slot = (s: FontSlot) => major((r) => r.props.fonts[s]);
  const half = major((r) => r.props.halfPoints);
  return {
    ...(half !== undefined && { sizePt: half / 2 }),
    bold: major((r) => r.props.bold === true) ?? false,
    italic: major((r) => r.props.italic === true) ?? false,
    underline: major((r) => r.props.underline === true) ?? false,
    caps: major((r) => r.props.caps === true) ?? false,
    fonts: { ascii: slot('ascii'), hAnsi: slot('hAnsi'), eastAsia: slot('eastAsia'), cs: slot('cs') },
  };
}

/** From the type title ("NGHỊ QUYẾT" → nghi-quyet), the công văn layout, or the number's code. */
function docType(parts: Part[], profile: Profile): { docType?: string; docTypeSource?: DocTypeSource } {
  const title = parts.find((p) => p.role === 'doc-title');
  // "QUY ĐỊNH (BỔ SUNG)": a qualifier in brackets on the title line is not part of the type name.
  const typeName = title && slug(title.text.replace(/\s*\([^)]*\)\s*$/u, ''));
  if (typeName && profile.type_codes[typeName]) return { docType: typeName, docTypeSource: 'title' };
  if (!title && parts.some((p) => p.role === 'cv-subject' || p.role === 'kinh-gui')) return { docType: 'cong-van', docTypeSource: 'layout' };
  const number = parts.find((p) => p.role === 'number');
  const code = number && readNumber(number.text)?.party?.typeCode;
  const byCode = Object.entries(profile.type_codes).find(([, c]) => c === code)?.[0];
  return byCode ? { docType: byCode, docTypeSource: 'number' } : {};
}

function layout(body: El | undefined, pkg: DocxPackage, styles: StyleSheet, headerTable: DocxTable | undefined): DocxLayout {
  const sectPr = kids(body, 'w:sectPr').at(-1);
  const pgSz = kid(sectPr, 'w:pgSz')?.attrs ?? {};
  const pgMar = kid(sectPr, 'w:pgMar')?.attrs ?? {};
  const mm = (v: string | undefined) => (num(v) === undefined ? undefined : Math.abs(num(v)!) / TWIPS_PER_MM);
  const [width, height] = [mm(pgSz['w:w']), mm(pgSz['w:h'])];
  const [top, bottom, left, right] = [mm(pgMar['w:top']), mm(pgMar['w:bottom']), mm(pgMar['w:left']), mm(pgMar['w:right'])];
  const titlePage = onOff(kid(sectPr, 'w:titlePg')) === true;
  const headerOf = (type: string) => {
    const ref = kids(sectPr, 'w:headerReference').find((h) => h.attrs['w:type'] === type);
    return ref ? pkg.headers.get(ref.attrs['r:id'] ?? '') : undefined;
  };
  const other = pageField(headerOf('default'), styles);
  const first = titlePage ? pageField(headerOf('first'), styles) : other;
  return {
    ...(width !== undefined && height !== undefined && { page: { widthMm: width, heightMm: height, landscape: pgSz['w:orient'] === 'landscape' || width > height } }),
    ...(top !== undefined && bottom !== undefined && left !== undefined && right !== undefined && { marginsMm: { top, bottom, left, right } }),
    ...(headerTable && { headerTable: { columns: headerTable.columns, bordersVisible: headerTable.bordersVisible } }),
    titlePage,
    pageNumber: { firstPage: first !== undefined, otherPages: other !== undefined, ...(other?.align && { align: other.align === 'both' ? 'justify' : other.align }) },
  };
}

/** The paragraph of a header holding a PAGE field, with its alignment. */
function pageField(header: El | undefined, styles: StyleSheet): { align?: string } | undefined {
  if (!header) return undefined;
  const p = all(header, 'w:p').find(
    (para) => all(para, 'w:fldSimple').some((f) => /\bPAGE\b/.test(f.attrs['w:instr'] ?? '')) || all(para, 'w:instrText').some((t) => /\bPAGE\b/.test(t.text)),
  );
  return p ? { align: styles.paragraph(kid(p, 'w:pPr')).align } : undefined;
}
