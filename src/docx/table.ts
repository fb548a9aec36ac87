// <w:tbl>: header and signature blocks. Explicit widths everywhere (grid, table, cells),
// since LibreOffice and Google Docs do not compute them (docx-pitfalls D1, D2).
import { Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { Block, Table as ModelTable } from '../core/model/document';
import type { TableStyle } from '../core/profile/profile';
import { writeParagraph, writeRule, type WriteContext } from './paragraph';
import { mmToTwips } from './units';

export function tableStyleOf(ctx: WriteContext, name: string): TableStyle {
  const style = ctx.profile.tables[name];
  if (!style) throw new Error(`profile "${ctx.profile.name}" has no table style "${name}"`);
  return style;
}

export function writeTable(ctx: WriteContext, table: ModelTable): Table {
  const style = tableStyleOf(ctx, table.style);
  const widths = columnTwips(ctx, style);
  const margin = mmToTwips(style.cell_margin_mm);
  const noBorders = TableBorders.NONE;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: margin, right: margin },
    ...(style.borders ? {} : { borders: noBorders }),
    rows: table.rows.map(
      (row, rowIndex) =>
        new TableRow({
          cantSplit: style.cant_split,
          ...(style.repeat_header_row && rowIndex === 0 && { tableHeader: true }),
          children: row.cells.map(
            (cell, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                ...(style.borders ? {} : { borders: noBorders }),
                children: writeCellBlocks(ctx, cell.blocks, widths[i] ?? 0),
              }),
          ),
        }),
    ),
  });
}

/**
 * Column widths in twips. The last column takes what rounding leaves, so the columns add up
 * to the sum of the profile's millimetres exactly.
 */
function columnTwips(ctx: WriteContext, style: TableStyle): number[] {
  const total = mmToTwips(style.columns_mm.reduce((a, b) => a + b, 0));
  const widths = style.columns_mm.slice(0, -1).map(mmToTwips);
  const text = mmToTwips(ctx.profile.page.width_mm - ctx.profile.page.margin_mm.left - ctx.profile.page.margin_mm.right);
  if (total > text + 1) throw new Error(`table columns (${style.columns_mm.join('+')} mm) are wider than the text area`);
  return [...widths, total - widths.reduce((a, b) => a + b, 0)];
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
