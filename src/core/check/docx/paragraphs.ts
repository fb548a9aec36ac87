// The body as a list of paragraphs in document order (table cells included), each with its
// text, its runs' resolved properties and where it sits (which table, row, cell).
import type { ParaProps, RunProps, StyleSheet } from './styles';
import { bordersVisible } from './styles';
import { kid, kids, type El } from './xml';

export type DocxRun = { text: string; typed: string; props: RunProps };

export type DocxParagraph = {
  /** 1-based, over every paragraph of the body including those in tables. */
  index: number;
  /** The visible text, capitals applied where the run asks for them. */
  text: string;
  /** The text as typed (no capitals applied): what the text hygiene rules read. */
  typed: string;
  runs: DocxRun[];
  props: ParaProps;
  /** The top-level table (0-based ordinal) and the cell it sits in. */
  table?: { index: number; row: number; cell: number };
};

export type DocxTable = { index: number; columns: number; bordersVisible: boolean };

export type DocxBody = { paragraphs: DocxParagraph[]; tables: DocxTable[] };

export function readBody(body: El | undefined, styles: StyleSheet): DocxBody {
  const paragraphs: DocxParagraph[] = [];
  const tables: DocxTable[] = [];
  const visit = (el: El, table?: DocxParagraph['table']) => {
    for (const c of el.children) {
      if (c.name === 'w:p') paragraphs.push(readParagraph(c, paragraphs.length + 1, styles, table));
      else if (c.name === 'w:tbl') {
        const here = table ? undefined : { index: tables.length, table: c };
        if (here) tables.push(readTable(c, here.index, styles));
        kids(c, 'w:tr').forEach((tr, row) =>
          kids(tr, 'w:tc').forEach((tc, cell) => visit(tc, table ?? { index: here!.index, row, cell })),
        );
      } else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') visit(c, table);
    }
  };
  if (body) visit(body);
  return { paragraphs, tables };
}

function readTable(tbl: El, index: number, styles: StyleSheet): DocxTable {
  const tblPr = kid(tbl, 'w:tblPr');
  const grid = kids(kid(tbl, 'w:tblGrid'), 'w:gridCol').length;
  const widest = Math.max(0, ...kids(tbl, 'w:tr').map((tr) => kids(tr, 'w:tc').length));
  const direct = bordersVisible(kid(tblPr, 'w:tblBorders'));
  const cells = kids(tbl, 'w:tr').flatMap((tr) => kids(tr, 'w:tc')).map((tc) => bordersVisible(kid(kid(tc, 'w:tcPr'), 'w:tcBorders')));
  const fromStyle = styles.tableStyleHasBorders(kid(tblPr, 'w:tblStyle')?.attrs['w:val']);
  return { index, columns: grid || widest, bordersVisible: cells.some((v) => v === true) || (direct ?? fromStyle) };
}

function readParagraph(p: El, index: number, styles: StyleSheet, table?: DocxParagraph['table']): DocxParagraph {
  const pPr = kid(p, 'w:pPr');
  const runs: DocxRun[] = [];
  const visit = (el: El) => {
    for (const c of el.children) {
      if (c.name === 'w:r') {
        const props = styles.run(kid(c, 'w:rPr'), pPr);
        const text = runText(c);
        if (text) runs.push({ text: props.caps ? text.toLocaleUpperCase('vi') : text, typed: text, props });
      } else if (!['w:pPr', 'w:del', 'w:moveFrom'].includes(c.name)) visit(c);
    }
  };
  visit(p);
  return { index, text: runs.map((r) => r.text).join(''), typed: runs.map((r) => r.typed).join(''), runs, props: styles.paragraph(pPr), ...(table && { table }) };
}

function runText(r: El): string {
  let out = '';
  for (const c of r.children) {
    if (c.name === 'w:t') out += c.text;
    else if (c.name === 'w:tab') out += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') out += '\n';
    else if (c.name === 'w:noBreakHyphen') out += '-';
  }
  return out;
}
