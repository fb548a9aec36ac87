// The header block (party-format.md §3.1–§3.6, §6): a borderless two-column table with
// explicit widths, every line in its size, case and weight.
import { beforeAll, describe, expect, it } from 'vitest';
import { all, first, kids, paragraphText, paraProps, runProps, type El } from '../helpers/ooxml';
import { buildExample, type Built } from '../helpers/example';

let doc: Built;
let left: El[];
let right: El[];
let table: El;
beforeAll(async () => {
  doc = await buildExample('cong-van.yaml');
  table = doc.blocks[0]!;
  // Two rows (the number and the date level in the second): left = column 1, right = column 2.
  const rows = kids(table, 'w:tr');
  const column = (i: number) => rows.flatMap((r) => kids(kids(r, 'w:tc')[i]!, 'w:p'));
  left = column(0);
  right = column(1);
});

const runs = (p: El) => kids(p, 'w:r').map(runProps);

describe('header table', () => {
  it('is the first block: a fixed table 80 + 85 mm wide (4535 + 4819 twips) without borders or cell padding', () => {
    expect(table.name).toBe('w:tbl');
    expect(first(table, 'w:tblW')!.attrs).toMatchObject({ 'w:type': 'dxa', 'w:w': '9354' });
    expect(kids(first(table, 'w:tblGrid')!, 'w:gridCol').map((c) => c.attrs['w:w'])).toEqual(['4535', '4819']);
    expect(all(table, 'w:tcW').map((w) => [w.attrs['w:type'], w.attrs['w:w']])).toEqual([
      ['dxa', '4535'],
      ['dxa', '4819'],
      ['dxa', '4535'],
      ['dxa', '4819'],
    ]);
    expect(first(table, 'w:tblLayout')!.attrs['w:type']).toBe('fixed');
    const borders = first(table, 'w:tblBorders')!.children;
    expect(borders.length).toBe(6);
    expect(borders.every((b) => b.attrs['w:val'] === 'none')).toBe(true);
    const mar = first(table, 'w:tblCellMar')!.children;
    expect(mar.every((m) => m.attrs['w:w'] === '0')).toBe(true);
  });
});

describe('left column', () => {
  it('has the superior body in caps, 14 pt, not bold', () => {
    expect(paragraphText(left[0]!)).toBe('ĐẢNG BỘ TỈNH THANH HÓA');
    expect(runs(left[0]!)).toEqual([expect.objectContaining({ size: 28, bold: false, italic: false })]);
    expect(paraProps(left[0]!).align).toBe('center');
  });

  it('has the issuing body in caps, 14 pt, bold, on the two centred lines the author gave', () => {
    expect(left.slice(1, 3).map(paragraphText)).toEqual(['ĐẢNG ỦY KHỐI CƠ QUAN', 'VÀ DOANH NGHIỆP TỈNH']);
    for (const p of left.slice(1, 3)) {
      expect(runs(p)).toEqual([expect.objectContaining({ size: 28, bold: true })]);
      expect(paraProps(p).align).toBe('center');
    }
  });

  it('has the "*" line, then "Số 1023-CV/ĐUK" in 14 pt with no colon', () => {
    expect(paragraphText(left[3]!)).toBe('*');
    expect(paragraphText(left[4]!)).toBe('Số 1023-CV/ĐUK');
    expect(runs(left[4]!)).toEqual([expect.objectContaining({ size: 28, bold: false, italic: false })]);
  });

  it('has the trích yếu under the number: 12 pt italic, centred, on the author\'s lines', () => {
    const subject = left[5]!;
    expect(paragraphText(subject)).toBe('V/v đẩy mạnh tuyên truyền về công tác\nxây dựng Đảng và hệ thống chính trị');
    expect(paraProps(subject).align).toBe('center');
    for (const r of runs(subject)) expect(r).toMatchObject({ size: 24, italic: true, bold: false });
  });
});

describe('right column', () => {
  it('has "ĐẢNG CỘNG SẢN VIỆT NAM" in caps, 15 pt, bold, centred', () => {
    expect(paragraphText(right[0]!)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(runs(right[0]!)).toEqual([expect.objectContaining({ size: 30, bold: true })]);
    expect(paraProps(right[0]!).align).toBe('center');
  });

  it('draws a solid rule under it, 73 mm long (indents of 6 mm in the 85 mm cell)', () => {
    const rule = paraProps(right[1]!);
    expect(paragraphText(right[1]!)).toBe('');
    expect(rule.bottomBorder).toMatchObject({ 'w:val': 'single', 'w:sz': '4' });
    expect(rule.left).toBe(rule.right);
    const lengthTwips = 4819 - rule.left - rule.right;
    expect(Math.abs(lengthTwips - 4139)).toBeLessThanOrEqual(2); // 73 mm
  });

  it('has the place and date in 14 pt italic, days and months padded as the standard says', () => {
    expect(paragraphText(right[2]!)).toBe('Thanh Hoá, ngày 19 tháng 7 năm 2023');
    expect(runs(right[2]!)).toEqual([expect.objectContaining({ size: 28, italic: true, bold: false })]);
  });
});
