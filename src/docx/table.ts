// <w:tbl>: header, signature and body tables, as XML text. Explicit widths everywhere (grid,
// table, cells), since LibreOffice and Google Docs do not compute them (docx-pitfalls D1, D2).
import type { Block, Table as ModelTable } from '../core/model/document';
import type { TableStyle } from '../core/profile/profile';
import { writeParagraph, writeRule, type WriteContext } from './paragraph';
import { mmToTwips, ptToEighths } from './units';

export function tableStyleOf(ctx: WriteContext, name: string): TableStyle {
  const style = ctx.profile.tables[name];
  if (!style) throw new Error(`profile "${ctx.profile.name}" has no table style "${name}"`);
  return style;
}

export function writeTable(ctx: WriteContext, table: ModelTable): string {
  const style = tableStyleOf(ctx, table.style);
  const widths = columnTwips(style, table.widths);
  const margin = mmToTwips(style.cell_margin_mm);
  const border = style.border_pt ? `w:val="single" w:sz="${ptToEighths(style.border_pt)}" w:space="0" w:color="000000"` : 'w:val="none" w:sz="0" w:space="0" w:color="auto"';
  const side = (names: string[]) => names.map((n) => `<w:${n} ${border}/>`).join('');
  const tblPr =
    '<w:tblPr>' +
    `<w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    `<w:tblBorders>${side(['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    `<w:tblCellMar>${['top', 'left', 'bottom', 'right'].map((n) => `<w:${n} w:w="${margin}" w:type="dxa"/>`).join('')}</w:tblCellMar>` +
    '</w:tblPr>';
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const rows = table.rows.map((row) => {
    const trPr = (style.cant_split ? '<w:cantSplit/>' : '') + (style.repeat_header_row && row.header ? '<w:tblHeader/>' : '');
    const cells = row.cells.map((cell, i) => {
      const width = widths[i] ?? 0;
      const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:tcBorders>${side(['top', 'left', 'bottom', 'right'])}</w:tcBorders><w:vAlign w:val="top"/></w:tcPr>`;
      return `<w:tc>${tcPr}${writeCellBlocks(ctx, cell.blocks, width)}</w:tc>`;
    });
    return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
}

/**
 * Column widths in twips: the profile's columns, or the author's relative widths spread over
 * the profile's total. The last column takes what rounding leaves, so they add up exactly.
 */
function columnTwips(style: TableStyle, relative?: readonly number[]): number[] {
  const totalMm = style.columns_mm.reduce((a, b) => a + b, 0);
  const sum = relative?.reduce((a, b) => a + b, 0) ?? 0;
  const mm = relative && sum > 0 ? relative.map((w) => (w / sum) * totalMm) : style.columns_mm;
  const widths = mm.slice(0, -1).map(mmToTwips);
  return [...widths, mmToTwips(totalMm) - widths.reduce((a, b) => a + b, 0)];
}

function writeCellBlocks(ctx: WriteContext, blocks: readonly Block[], widthTwips: number): string {
  // A cell must end with a paragraph (OOXML); an empty cell gets an empty one.
  if (blocks.length === 0) return writeParagraph(ctx, { kind: 'paragraph', style: 'block', runs: [] });
  const xml = blocks.map((b) => {
    switch (b.kind) {
      case 'paragraph':
        return writeParagraph(ctx, b);
      case 'rule':
        return writeRule(ctx, b, widthTwips);
      case 'table':
        return writeTable(ctx, b);
    }
  });
  if (blocks.at(-1)!.kind === 'table') xml.push(writeParagraph(ctx, { kind: 'paragraph', style: 'block', runs: [] }));
  return xml.join('');
}
