// <w:tbl>: header and signature blocks. Explicit widths everywhere (grid, table, cells),
// since LibreOffice and Google Docs do not compute them (docx-pitfalls D1, D2).
import { BorderStyle, Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Block, Table as ModelTable } from '../core/model/document';
import type { TableStyle } from '../core/profile/profile';
import { writeParagraph, writeRule, type WriteContext } from './paragraph';
import { mmToTwips, ptToEighths } from './units';

export function tableStyleOf(ctx: WriteContext, name: string): TableStyle {
  const style = ctx.profile.tables[name];
  if (!style) throw new Error(`profile "${ctx.profile.name}" has no table style "${name}"`);
  return style;
}

export function writeTable(ctx: WriteContext, table: ModelTable): Table {
  const style = tableStyleOf(ctx, table.style);
  const widths = columnTwips(style, table.widths);
  const margin = mmToTwips(style.cell_margin_mm);
  const borders = style.border_pt ? lines(style.border_pt) : TableBorders.NONE;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    borders,
    rows: table.rows.map(
      (row) =>
        new TableRow({
          cantSplit: style.cant_split,
          ...(style.repeat_header_row && row.header && { tableHeader: true }),
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                borders,
                children: writeCellBlocks(ctx, cell.blocks, widths[i] ?? 0),
              }),
          ),
        }),
    ),
  });
}

/** Single lines of `pt` on every side and between cells. */
function lines(pt: number) {
  const line = { style: BorderStyle.SINGLE, size: ptToEighths(pt), color: '000000' };
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
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

function writeCellBlocks(ctx: WriteContext, blocks: readonly Block[], widthTwips: number) {
  // A cell must hold at least one paragraph (OOXML); an empty cell gets an empty one.
  if (blocks.length === 0) return [writeParagraph(ctx, { kind: 'paragraph', style: 'block', runs: [] })];
  return blocks.map((b) => {
    switch (b.kind) {
      case 'paragraph':
        return writeParagraph(ctx, b);
      case 'rule':
        return writeRule(ctx, b, widthTwips);
      case 'table':
        return writeTable(ctx, b);
    }
  });
}
